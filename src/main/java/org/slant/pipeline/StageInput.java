package org.slant.pipeline;

import org.slant.model.Article;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a stage sees: the article, and the products of earlier stages it declared. */
public final class StageInput {

    private final Article article;
    private final Map<Key<?>, Object> products;
    private final Extractor stage;
    private final Set<Key<?>> allowed;

    StageInput(Article article, Map<Key<?>, Object> products, Extractor stage) {
        this.article = article;
        this.products = products;
        this.stage = stage;
        this.allowed = new java.util.HashSet<>(stage.requires());
        this.allowed.addAll(stage.uses());
    }

    public Article article() {
        return article;
    }

    /** A required product. */
    public <T> T get(Key<T> key) {
        check(key);
        Object v = products.get(key);
        if (v == null) {
            throw new PipelineException("stage '" + stage.id() + "' needs '" + key + "', which no earlier stage provided");
        }
        return key.cast(v);
    }

    /** An optional product. */
    public <T> Optional<T> find(Key<T> key) {
        check(key);
        Object v = products.get(key);
        return v == null ? Optional.empty() : Optional.of(key.cast(v));
    }

    private void check(Key<?> key) {
        if (!allowed.contains(key)) {
            throw new PipelineException("stage '" + stage.id() + "' reads '" + key + "' without declaring it");
        }
    }
}
