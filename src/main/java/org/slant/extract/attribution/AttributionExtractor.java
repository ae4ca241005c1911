package org.slant.extract.attribution;

import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.ingest.OutletKind;
import org.slant.lexicon.Lexicons;
import org.slant.model.ArticleMeta;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Key;
import org.slant.pipeline.Keys;
import org.slant.pipeline.StageInput;
import org.slant.pipeline.StageOutput;
import org.slant.text.Speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code attribution} extractor: who is quoted or reported, with which cue, by name or not, and for
 * which side. One finding per attribution (category = source type; span = the source and cue together,
 * or the cue alone when the source is shared with an earlier verb), the {@link Keys#SPEECH} list for
 * later stages, and per-article metrics (see {@link AttributionMetrics}).
 */
public final class AttributionExtractor implements Extractor {

    public static final String ID = "attribution";

    /**
     * Which finds the cues and sources: the rules alone, or the learned model (with the rules as features).
     * The rules stay the default: the model (v3) beats them on PolNeAR cue and source F1 at cue precision
     * 0.86, finds no cue inside a quotation and resolves its sources with the rules' speaker and side
     * machinery, but it runs about 3.4 times the rules' CPU time (the rules first, as features), far outside
     * the bound of 3x the terminology extractor (docs/attribution-model.md). The system property
     * {@code slant.attribution.engine=model} switches it on.
     */
    public enum Engine {
        MODEL, RULES;

        /** The engine the system property names, RULES when it is not set; any other value is an error. */
        public static Engine configured() {
            String v = System.getProperty("slant.attribution.engine", "rules");
            if (!v.equalsIgnoreCase("model") && !v.equalsIgnoreCase("rules")) {
                throw new IllegalArgumentException("slant.attribution.engine must be rules or model, not '" + v + "'");
            }
            return v.equalsIgnoreCase("model") ? MODEL : RULES;
        }
    }

    private final AttributionFinder finder;
    private final ModelSources modelSources;
    private final Engine engine;
    private final EmbeddedPosts posts;

    public AttributionExtractor(Lexicons lexicons) {
        this(lexicons, Engine.configured());
    }

    public AttributionExtractor(Lexicons lexicons, Engine engine) {
        CueLexicon cues = lexicons.compile(new CueKind()).excluding(lexicons.compile(new NotSpeechKind()));
        this.finder = new AttributionFinder(cues, lexicons.compile(new ActorKind()), lexicons.compile(new OutletKind()),
                lexicons.compile(new GenderWordsKind()));
        this.modelSources = new ModelSources(lexicons.compile(new ActorKind()), lexicons.compile(new OutletKind()),
                lexicons.compile(new GenderWordsKind()));
        this.engine = engine;
        this.posts = new EmbeddedPosts(lexicons.compile(new SocialPostKind()), lexicons.compile(new ActorKind()));
    }

    @Override
    public List<String> metrics() {
        List<String> out = new java.util.ArrayList<>(List.of("attribution.count", "quote.share", "voice.*.words"));
        AttributionMetrics.TYPES.forEach(t -> out.add("attribution." + t + "_share"));
        AttributionMetrics.STANCES.forEach(t -> out.add("attribution." + t + "_share"));
        return out;
    }

    @Override
    public List<String> categories() {
        return AttributionMetrics.TYPES;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.CONTENT);
    }

    /** All blocks, for the signatures of embedded posts that the boilerplate stage left out of the clean text. */
    @Override
    public Set<Key<?>> uses() {
        return Set.of(Keys.BLOCKS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.SPEECH);
    }

    @Override
    public StageOutput run(StageInput in) {
        Content content = in.get(Keys.CONTENT);
        Result r = analyze(content, in.article().meta(), in.find(Keys.BLOCKS).orElse(content.blocks()),
                in.article().markup());
        StageOutput out = new StageOutput().findings(r.findings()).put(Keys.SPEECH, r.speech());
        r.metrics().forEach(out::metric);
        return out;
    }

    /** Everything the stage produces for one article. */
    public record Result(List<Attribution> attributions, List<Finding> findings, List<Speech> speech,
                         Map<String, Double> metrics) {
    }

    /** The stage's work without the pipeline around it (used by the benchmark and the PolNeAR evaluation). */
    public Result analyze(Content content, ArticleMeta meta) {
        return analyze(content, meta, content.blocks(), List.of());
    }

    /**
     * As {@link #analyze(Content, ArticleMeta)}, with every block of the article (kept or not) and, for HTML, their
     * markup: embedded social posts become quotations of their authors ({@link EmbeddedPosts}).
     */
    public Result analyze(Content content, ArticleMeta meta, List<org.slant.text.Block> blocks,
                          List<org.slant.model.MarkupBlock> markup) {
        String outlet = meta == null || meta.outletSource() == org.slant.model.OutletSource.UNKNOWN ? null : meta.outlet();
        List<Attribution> found;
        if (engine == Engine.MODEL) {
            // The rules' output is one of the model's features; the model then decides cues and sources. The
            // rules' view of the article and their cue-lexicon phrases are built once and serve both.
            Doc d = finder.doc(content, outlet);
            List<CueLexicon.Found> matches = finder.cueMatches(d);
            found = finder.find(d, matches);
            AttributionModel model = AttributionModel.shipped();
            List<AttributionModel.Found> m = model.find(new ModelInput(content, matches, found));
            found = ModelMerge.merge(content, found, m, modelSources.resolve(d, m), model.cueId());
        } else {
            found = finder.find(content, outlet);
        }
        List<PostQuotes.Post> embedded = posts.find(content, blocks, markup);
        found = new ArrayList<>(PostQuotes.nest(found, embedded));
        List<Finding> findings = new ArrayList<>(found.size());
        for (Attribution a : found) {
            findings.add(finding(content, a));
        }
        for (PostQuotes.Post p : embedded) {
            found.add(p.attribution());
            findings.add(p.finding());
        }
        return new Result(found, findings, SpeechList.of(found), AttributionMetrics.of(content, found));
    }

    private static Finding finding(Content c, Attribution a) {
        boolean shared = "shared".equals(a.source().resolution()) || "none".equals(a.source().resolution());
        int start = shared ? a.cueStart() : Math.min(a.cueStart(), a.sourceStart());
        int end = shared ? a.cueEnd() : Math.max(a.cueEnd(), a.sourceEnd());
        List<Attrs.Span> more = new ArrayList<>();
        for (int k = 1; k < a.content().size(); k++) {
            more.add(span(c, a.content().get(k).start(), a.content().get(k).end()));
        }
        Attrs.Attribution attrs = new Attrs.Attribution(span(c, a.sourceStart(), a.sourceEnd()),
                span(c, a.cueStart(), a.cueEnd()), span(c, a.main().start(), a.main().end()), more,
                a.source().speaker(), a.source().role(), a.source().affiliation(), a.cue().stance(), a.direct(),
                a.pattern(), a.source().resolution(), a.depth() > 0, a.medium());
        return c.finding(ID, a.source().type(), start, end, a.direct() ? Voice.QUOTED : Voice.REPORTED, a.cue().id(), 1.0,
                attrs);
    }

    /** A clean range as a span of the raw text. */
    private static Attrs.Span span(Content c, int cleanStart, int cleanEnd) {
        int s = c.rawStart(cleanStart);
        int e = Math.max(s, c.rawEnd(cleanEnd));
        return new Attrs.Span(s, e, c.raw().substring(s, e));
    }
}
