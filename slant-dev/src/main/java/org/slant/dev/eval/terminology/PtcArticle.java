package org.slant.dev.eval.terminology;

import org.slant.extract.terminology.Category;
import org.slant.extract.terminology.LoadedFeatures;
import org.slant.extract.terminology.LoadedScorer;
import org.slant.extract.terminology.LoadedSpans;
import org.slant.extract.terminology.TerminologyAnalyzer;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.pipeline.Pipeline;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One PTC article through the standard pipeline: its clean content, what the lexicon marked on each
 * token, and its loaded+label findings as spans in code points of the raw file (the corpus's offsets),
 * those of the lexicons apart from those of the model. The trainer and the evaluation both start here.
 */
public record PtcArticle(PtcCorpus.Doc doc, Content content, byte[] marks, List<Ruled> findings) {

    /** A loaded or label finding's rule (entry id or model rule) and its span in code points. */
    public record Ruled(String rule, SpanScore.Span span) {
    }

    /** The lexicons' findings. */
    public List<SpanScore.Span> lexicon() {
        return findings.stream().filter(r -> !r.rule().startsWith("model.")).map(Ruled::span).toList();
    }

    /** The model's findings. */
    public List<SpanScore.Span> model() {
        return findings.stream().filter(r -> r.rule().startsWith("model.")).map(Ruled::span).toList();
    }

    static final Set<String> CATEGORIES = Set.of(Category.LOADED.id(), Category.LABEL.id());

    public static PtcArticle analyse(PtcCorpus.Doc doc, Pipeline pipeline, TerminologyLexicon lexicon) {
        String raw = doc.raw();
        Article a = new Article(doc.id(), doc.file().toString(), "txt", ArticleMeta.empty(), raw, List.of());
        ArticleResult r = pipeline.analyze(a);
        List<Ruled> found = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.extractor().equals(TerminologyAnalyzer.EXTRACTOR) && CATEGORIES.contains(f.category())) {
                found.add(new Ruled(f.rule(), new SpanScore.Span(raw.codePointCount(0, f.start()), raw.codePointCount(0, f.end()))));
            }
        }
        Content content = r.content();
        return new PtcArticle(doc, content, LoadedFeatures.marks(lexicon, content), List.copyOf(found));
    }

    /** The spans a model gives at a threshold and extension threshold, in code points of the raw file, as the analyzer places them. */
    public List<SpanScore.Span> modelSpans(LoadedScorer m, double threshold, double extend, boolean ownSeed) {
        List<Token> tokens = content.tokens();
        List<SpanScore.Span> out = new ArrayList<>();
        for (LoadedSpans.Span s : LoadedSpans.find(m, content, marks, threshold, extend, ownSeed)) {
            out.add(raw(tokens.get(s.firstToken()).start(), tokens.get(s.endToken() - 1).end()));
        }
        return out;
    }

    /** The raw code-point span of a clean range, placed as {@link Content#finding} places it. */
    public SpanScore.Span raw(int cleanStart, int cleanEnd) {
        int s = content.rawStart(cleanStart);
        int e = Math.max(s, content.rawEnd(cleanEnd));
        return new SpanScore.Span(doc.raw().codePointCount(0, s), doc.raw().codePointCount(0, e));
    }

    /** Lexicon spans plus others. */
    public List<SpanScore.Span> lexiconAnd(List<SpanScore.Span> more) {
        List<SpanScore.Span> all = new ArrayList<>(lexicon());
        all.addAll(more);
        return all;
    }
}
