package org.slant.extract;

import org.slant.extract.attribution.AttributionExtractor;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.terminology.LoadedModel;
import org.slant.extract.terminology.TerminologyExtractor;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.ingest.ArticleMetadata;
import org.slant.ingest.Manifest;
import org.slant.ingest.OutletInference;
import org.slant.ingest.OutletKind;
import org.slant.lexicon.Lexicons;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.pipeline.ContentStage;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Pipeline;
import org.slant.pipeline.SegmentStage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The standard analysis of one article, built once from a set of lexicons and reused for every article
 * (immutable and thread-safe): the declared list of stages, checked when the pipeline is built (each stage
 * names the typed keys it needs and provides, and every need must be provided by an earlier stage), and
 * the metadata step that fills in an article's outlet and title.
 */
public final class Analyzer {

    private final Lexicons lexicons;
    private final Pipeline pipeline;
    private final ArticleMetadata metadata;

    private Analyzer(Lexicons lexicons, LoadedModel loaded) {
        this.lexicons = lexicons;
        Pipeline.Builder b = Pipeline.builder();
        stages(lexicons, loaded).forEach(b::add);
        this.pipeline = b.build();
        this.metadata = new ArticleMetadata(new OutletInference(lexicons.compile(new OutletKind())));
    }

    /** The standard analysis with these lexicons and the built-in loaded-language model (if switched on). */
    public static Analyzer of(Lexicons lexicons) {
        return new Analyzer(lexicons, LoadedModel.builtIn());
    }

    /** The standard analysis with this loaded-language model in the terminology stage (null: lexicons alone). */
    public static Analyzer of(Lexicons lexicons, LoadedModel loaded) {
        return new Analyzer(lexicons, loaded);
    }

    /** The standard stages, in order: segment, boilerplate, content, attribution, terminology. */
    public static List<Extractor> stages(Lexicons lexicons, LoadedModel loaded) {
        return List.of(
                new SegmentStage(),
                new BoilerplateExtractor(lexicons),
                new ContentStage(),
                new AttributionExtractor(lexicons),
                new TerminologyExtractor(lexicons.compile(new TerminologyKind()), loaded));
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public ArticleMetadata metadata() {
        return metadata;
    }

    /** Runs every stage on one article (whose metadata is already resolved). */
    public ArticleResult analyze(Article article) {
        return pipeline.analyze(article);
    }

    /** Fills in an article's outlet (inferred from the text) and title when it has none. */
    public Article resolve(Article a) {
        return metadata.resolve(a, Optional.empty());
    }

    /** Fills in an article's metadata from its manifest entry (if any), else from its text. */
    public Article resolve(Article a, Manifest manifest) {
        return metadata.resolve(a, manifest == null ? Optional.empty()
                : manifest.find(a.format().equals("jsonl") ? null : Path.of(a.file()), a.id()));
    }
}
