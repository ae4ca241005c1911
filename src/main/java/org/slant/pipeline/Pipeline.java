package org.slant.pipeline;

import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.model.Content;
import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered list of stages, checked when built: every required key is provided by an earlier stage,
 * no key is provided twice, and stage ids are unique. Immutable and thread-safe.
 */
public final class Pipeline {

    private final List<Extractor> stages;

    private Pipeline(List<Extractor> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Extractor> stages() {
        return stages;
    }

    /** Runs every stage on one article. A stage that fails fails the article, not the batch. */
    public ArticleResult analyze(Article article) {
        Map<Key<?>, Object> products = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        SortedMetrics metrics = new SortedMetrics();
        List<String> notes = new ArrayList<>();
        for (Extractor stage : stages) {
            StageOutput out;
            try {
                out = stage.run(new StageInput(article, products, stage));
            } catch (PipelineException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new PipelineException("stage '" + stage.id() + "' failed: " + e, e);
            }
            for (Map.Entry<Key<?>, Object> p : out.products().entrySet()) {
                if (!stage.provides().contains(p.getKey())) {
                    throw new PipelineException("stage '" + stage.id() + "' put '" + p.getKey() + "' without declaring it");
                }
                products.put(p.getKey(), p.getKey().cast(p.getValue()));
            }
            for (Key<?> k : stage.provides()) {
                if (!out.products().containsKey(k)) {
                    throw new PipelineException("stage '" + stage.id() + "' declared '" + k + "' but did not provide it");
                }
            }
            for (Finding f : out.findings()) {
                if (f.end() > article.raw().length()) {
                    throw new PipelineException("stage '" + stage.id() + "' gave a finding past the end of the text");
                }
            }
            findings.addAll(out.findings());
            if (!out.metrics().isEmpty()) {
                List<Map.Entry<String, Double>> stageMetrics = new ArrayList<>(out.metrics().size());
                for (Map.Entry<String, Double> m : out.metrics().entrySet()) {
                    stageMetrics.add(Map.entry(m.getKey(), round(m.getValue())));
                }
                if (!(out.metrics() instanceof java.util.SortedMap<String, Double> sm) || sm.comparator() != null) {
                    stageMetrics.sort(Map.Entry.comparingByKey());
                }
                String twice = metrics.addSorted(stageMetrics);
                if (twice != null) {
                    throw new PipelineException("metric '" + twice + "' is given by two stages");
                }
            }
            out.notes().forEach(n -> notes.add(stage.id() + ": " + n));
        }
        Content content = (Content) products.get(Keys.CONTENT);
        int words = content == null ? 0 : content.words();
        return new ArticleResult(article, words, metrics, findings, notes, content);
    }

    /** Six decimals: enough for any rate, and the same digits on every machine. */
    static double round(double v) {
        if (Math.abs(v) >= 1e9 || v == Math.rint(v)) {
            return v;
        }
        return Math.round(v * 1e6) / 1e6;
    }

    public static final class Builder {
        private final List<Extractor> stages = new ArrayList<>();

        public Builder add(Extractor e) {
            stages.add(e);
            return this;
        }

        public Pipeline build() {
            Set<Key<?>> available = new HashSet<>();
            Set<Key<?>> providedAnywhere = new HashSet<>();
            stages.forEach(e -> providedAnywhere.addAll(e.provides()));
            Set<String> ids = new HashSet<>();
            for (Extractor e : stages) {
                for (Key<?> k : e.uses()) {
                    if (providedAnywhere.contains(k) && !available.contains(k)) {
                        throw new PipelineException("stage '" + e.id() + "' uses '" + k
                                + "', which a later stage provides: reorder the stages");
                    }
                }
                if (!ids.add(e.id())) {
                    throw new PipelineException("two stages have the id '" + e.id() + "'");
                }
                for (Key<?> k : e.requires()) {
                    if (!available.contains(k)) {
                        throw new PipelineException("stage '" + e.id() + "' requires '" + k
                                + "', which no earlier stage provides");
                    }
                }
                for (Key<?> k : e.provides()) {
                    if (!available.add(k)) {
                        throw new PipelineException("'" + k + "' is provided twice (again by '" + e.id() + "')");
                    }
                }
            }
            return new Pipeline(stages);
        }
    }
}
