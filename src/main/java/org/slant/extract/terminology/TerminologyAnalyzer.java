package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;
import org.slant.text.Quote;
import org.slant.text.Speech;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terminology analysis of one clean article: lexicon matches and scare quotes, each with its voice,
 * as findings with raw offsets, plus the article's metrics. Pure and thread-safe; the extractor, the
 * lexicon examples and the benchmark all come through here.
 */
public final class TerminologyAnalyzer {

    public static final String EXTRACTOR = "terminology";

    /** Findings (raw offsets), metrics, and the ids of every entry that fired (cues included). */
    public record Result(List<Finding> findings, Map<String, Double> metrics, Set<String> fired) {
    }

    /** A finding still in clean offsets, for the metrics. */
    record Located(Finding finding, int cleanStart, int cleanEnd, Category category, TermEntry.Naming naming) {
    }

    private final TerminologyLexicon lexicon;
    private final TerminologyMetrics metrics;
    private final LoadedModel model;
    private final LoadedScorer scorer;
    private final LoadedReasons reasons;

    /** With the shipped loaded-language model (when the jar has one). */
    public TerminologyAnalyzer(TerminologyLexicon lexicon) {
        this(lexicon, LoadedModel.builtIn());
    }

    /** @param model the loaded-language model, or null for the lexicons alone */
    public TerminologyAnalyzer(TerminologyLexicon lexicon, LoadedModel model) {
        this.lexicon = lexicon;
        this.metrics = new TerminologyMetrics(lexicon);
        this.model = model;
        this.scorer = model == null ? null : new LoadedScorer(model);
        this.reasons = scorer == null ? null : new LoadedReasons(scorer);
    }

    public TerminologyLexicon lexicon() {
        return lexicon;
    }

    /** @param speeches attribution's speech spans, or null when attribution is not in the pipeline */
    public Result analyze(Content content, List<Speech> speeches) {
        List<Token> tokens = content.tokens();
        SentenceWords sentences = new SentenceWords(tokens, content.sentences());
        Voices voices = new Voices(content, speeches);
        List<Located> found = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        List<TermMatcher.Hit> hits = TermMatcher.find(lexicon, tokens, content.text(), sentences);
        // counted only for an article with a contested name in it: most have none, and the count is a
        // lookup per word (10% of a profile of the analysis on real text when it ran for every article)
        Set<String> outOfScope = null;
        for (TermMatcher.Hit h : hits) {
            if (h.entry().naming() != null && outOfScope == null) {
                outOfScope = Scopes.unmet(lexicon, tokens);
            }
            if (h.entry().naming() != null && outOfScope.contains(h.entry().naming().set())
                    && !Scopes.named(lexicon.scope(h.entry().naming().set()), tokens, h.firstToken(), h.endToken())) {
                continue;   // a name of a war the article is not about
            }
            int start = tokens.get(h.firstToken()).start();
            int end = tokens.get(h.endToken() - 1).end();
            TermEntry e = h.entry();
            Voices.At at = voices.of(start, end);
            TermAttrs.Who who = who(at);
            TermAttrs attrs = e.naming() == null ? new TermAttrs.Entry(e.rationale(), who)
                    : new TermAttrs.Naming(e.rationale(), e.naming().set(), e.naming().variant(),
                    e.naming().convention(), who);
            Finding f = content.finding(EXTRACTOR, e.category().id(), start, end, at.voice(), e.id(), e.weight(), attrs);
            found.add(new Located(f, start, end, e.category(), e.naming()));
            fired.add(e.id());
        }
        if (model != null) {
            modelFindings(content, LoadedFeatures.marks(hits, tokens.size()), voices, found, fired);
        }
        ScareQuoteRule sq = lexicon.scareQuote();
        PartialQuotes partial = speeches == null || sq == null ? null
                : new PartialQuotes(content, voices, sentences, speeches, sq.maxWords());
        ScareQuotes.Result scare = ScareQuotes.find(content, lexicon, sentences, partial);
        fired.addAll(scare.cuesUsed());
        ScareQuoteRule rule = lexicon.scareQuote();
        for (Quote q : scare.quotes()) {
            Voices.At at = voices.ofScareQuote(q);
            TermAttrs attrs = new TermAttrs.ScareQuote(rule.rationale(),
                    content.text().substring(q.contentStart(), q.contentEnd()), who(at));
            Finding f = content.finding(EXTRACTOR, Category.SCARE_QUOTE.id(), q.start(), q.end(), at.voice(),
                    rule.id(), rule.weight(), attrs);
            found.add(new Located(f, q.start(), q.end(), Category.SCARE_QUOTE, null));
            fired.add(rule.id());
        }
        found.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return new Result(found.stream().map(Located::finding).toList(), metrics.of(content, found, voices), fired);
    }

    /** The model's spans where no lexicon entry fired, each with the three features that weighed most. */
    private void modelFindings(Content content, byte[] marks, Voices voices, List<Located> found, Set<String> fired) {
        List<Token> tokens = content.tokens();
        float[] scores = scorer.scores(content, marks);
        List<LoadedSpans.Span> spans = LoadedSpans.find(scores, model.ownSeed() ? scorer : null, content, marks,
                model.threshold(), model.extend());
        for (LoadedSpans.Span s : spans) {
            int start = tokens.get(s.firstToken()).start();
            int end = tokens.get(s.endToken() - 1).end();
            Voices.At at = voices.of(start, end);
            TermAttrs attrs = new TermAttrs.Learned(MODEL_RATIONALE, Math.round(s.probability() * 100) / 100.0,
                    reasons.of(scores, content, marks, s), who(at));
            Finding f = content.finding(EXTRACTOR, s.category().id(), start, end, at.voice(), model.rule(), 1.0, attrs);
            found.add(new Located(f, start, end, s.category(), null));
        }
        if (!spans.isEmpty()) {
            fired.add(model.rule());
        }
    }

    private static final String MODEL_RATIONALE = "Learned from news articles whose annotators marked loaded "
            + "language and name calling (the PTC corpus of SemEval-2020 Task 11); no lexicon entry covers these "
            + "words. The features say what weighed most.";

    /** Whose words: a paraphrase names its speaker ("unknown" if none) apart from a quoted or reported one. */
    private static TermAttrs.Who who(Voices.At at) {
        String who = at.speaker() == null || at.speaker().isBlank() ? null : at.speaker();
        String affiliation = at.affiliation() != null && !at.affiliation().isBlank()
                && !at.affiliation().equals("unknown") && who != null ? at.affiliation() : null;
        if (at.paraphrase()) {
            return new TermAttrs.Who(null, who == null ? "unknown" : who, affiliation);
        }
        return new TermAttrs.Who(who, null, affiliation);
    }

    static boolean isNarratorClaim(Located l) {
        return l.finding().voice() == Voice.NARRATOR
                && (l.category() == Category.LOADED || l.category() == Category.LABEL);
    }
}
