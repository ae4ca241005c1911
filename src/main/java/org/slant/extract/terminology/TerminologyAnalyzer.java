package org.slant.extract.terminology;

import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.text.Content;
import org.slant.text.Quote;
import org.slant.text.Speech;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    public TerminologyAnalyzer(TerminologyLexicon lexicon) {
        this.lexicon = lexicon;
        this.metrics = new TerminologyMetrics(lexicon);
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
        for (TermMatcher.Hit h : TermMatcher.find(lexicon, tokens, content.text(), sentences)) {
            int start = tokens.get(h.firstToken()).start();
            int end = tokens.get(h.endToken() - 1).end();
            TermEntry e = h.entry();
            Voices.At at = voices.of(start, end);
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("rationale", e.rationale());
            if (e.naming() != null) {
                attrs.put("set", e.naming().set());
                attrs.put("variant", e.naming().variant());
                attrs.put("convention", e.naming().convention());
            }
            speaker(at, attrs);
            Finding f = content.finding(EXTRACTOR, e.category().id(), start, end, at.voice(), e.id(), e.weight(), attrs);
            found.add(new Located(f, start, end, e.category(), e.naming()));
            fired.add(e.id());
        }
        ScareQuotes.Result scare = ScareQuotes.find(content, lexicon, sentences);
        fired.addAll(scare.cuesUsed());
        ScareQuoteRule rule = lexicon.scareQuote();
        for (Quote q : scare.quotes()) {
            Voices.At at = voices.ofScareQuote(q);
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("rationale", rule.rationale());
            attrs.put("phrase", content.text().substring(q.contentStart(), q.contentEnd()));
            speaker(at, attrs);
            Finding f = content.finding(EXTRACTOR, Category.SCARE_QUOTE.id(), q.start(), q.end(), at.voice(),
                    rule.id(), rule.weight(), attrs);
            found.add(new Located(f, q.start(), q.end(), Category.SCARE_QUOTE, null));
            fired.add(rule.id());
        }
        found.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return new Result(found.stream().map(Located::finding).toList(), metrics.of(content, found, voices), fired);
    }

    private static void speaker(Voices.At at, Map<String, Object> attrs) {
        String who = at.speaker() == null || at.speaker().isBlank() ? null : at.speaker();
        if (at.paraphrase()) {
            attrs.put("paraphrase_of", who == null ? "unknown" : who);
        } else if (who != null) {
            attrs.put("speaker", who);
        }
        if (at.affiliation() != null && !at.affiliation().isBlank() && !at.affiliation().equals("unknown")
                && (who != null)) {
            attrs.put("affiliation", at.affiliation());
        }
    }

    static boolean isNarratorClaim(Located l) {
        return l.finding().voice() == Voice.NARRATOR
                && (l.category() == Category.LOADED || l.category() == Category.LABEL);
    }
}
