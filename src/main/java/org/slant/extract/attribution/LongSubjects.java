package org.slant.extract.attribution;

import org.slant.text.Sentence;

/**
 * Source phrases longer than a noun phrase, as PolNeAR marks them: the subject of a verb past an aside
 * (", however,"), a subject with a relative clause and no comma ("A nurse who asked not to be named
 * said"), and an inverted verb's source with the apposition that ends the sentence ("said Ivo Brandt, a
 * lawyer who ..."). Every scan is bounded. Used by {@link SourceSpans}.
 */
final class LongSubjects {

    private final Doc d;
    private final Phrases phrases;

    LongSubjects(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }

    /**
     * "Forbes, however, says", "Trump, in an interview, said", "Murphy — after a pause — told": an aside
     * between commas or dashes that opens with an adverb or a preposition sits between the subject and
     * its verb; the subject ends before it. Returns the token the subject ends before ({@code cueFirst}
     * when there is no aside).
     */
    int skipAside(int cueFirst, Sentence s) {
        int sf = s.firstToken();
        int close = phrases.prev(cueFirst, sf);
        if (close < 0 || !(d.isComma(close) || d.isDash(close))) {
            return cueFirst;
        }
        boolean dash = d.isDash(close);
        for (int j = phrases.prev(close, sf), steps = 0; j > sf && steps < 10; j = phrases.prev(j, sf), steps++) {
            if (d.quoted[j] || d.isMark(j) || d.isTerminal(j)) {
                return cueFirst;
            }
            if (dash ? d.isDash(j) : d.isComma(j)) {
                int first = j + 1;
                String w = d.norm(first);
                boolean aside = first < close && d.isWord(first) && !d.isCapitalised(first)
                        && (Grammar.ASIDE_STARTS.contains(w) || w.endsWith("ly") && w.length() > 4);
                return aside || dash && first < close ? j : cueFirst;
            }
        }
        return cueFirst;
    }

    /**
     * "Another worker who did not want to be named said", "The officials whose laws were struck down say":
     * a subject at the start of the clause with a relative clause and no comma; the span runs from the
     * subject to the verb, as PolNeAR marks it. Null when no such subject is there.
     */
    Phrases.Range relativeSubject(int end, Sentence s) {
        int sf = s.firstToken();
        int last = phrases.prev(end, sf);
        if (last < 0) {
            return null;
        }
        int start = sf;
        while (start < last && (d.markup[start] || d.isWord(start) && (d.is(start, "and") || d.is(start, "but")
                || d.is(start, "so")))) {
            start++;
        }
        for (int k = phrases.prev(last, sf), steps = 0; k > start && steps < 30; k = phrases.prev(k, sf), steps++) {
            if (d.quoted[k] || d.isMark(k) || d.is(k, ":") || d.is(k, ";") || d.isComma(k) || d.isDash(k)) {
                return null;
            }
            if (d.is(k, "who") || d.is(k, "whose")) {
                Phrases.Range np = phrases.before(k, sf);
                return np != null && np.first() == start && !Grammar.SUBJECT_PRONOUNS.contains(d.norm(np.first()))
                        && !auxiliariesOnly(k + 1, end) ? new Phrases.Range(start, last + 1) : null;
            }
        }
        return null;
    }

    /** Only auxiliaries and negation between two tokens: "who did not" is a relative clause's own verb group. */
    private boolean auxiliariesOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.isWord(k) && !Grammar.VERB_GROUP.contains(d.norm(k)) && !d.norm(k).endsWith("n't")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "“...,” said Jay Doe, a supporter who chairs the county party.": after an inverted verb, the name's
     * apposition or relative clause up to the end of the sentence belongs to the source, as PolNeAR marks
     * it. The phrase itself when nothing of that shape follows it.
     */
    Phrases.Range withTrailingApposition(Phrases.Range np, Sentence s) {
        int comma = np.end();
        if (comma + 1 >= s.endToken() || !d.isComma(comma)) {
            return np;
        }
        int k = comma + 1;
        String w = d.norm(k);
        boolean opens = d.isWord(k) && !d.isCapitalised(k) && (Grammar.DETERMINERS.contains(w) || d.is(k, "who")
                || d.is(k, "whose") || d.actor[k] != null) || d.tok(k).type() == org.slant.text.Token.Type.NUMBER;
        if (!opens) {
            return np;
        }
        int end = s.endToken();
        while (end > k && (d.isTerminal(end - 1) || d.markup[end - 1])) {
            end--;
        }
        if (end - k > 40) {
            return np;
        }
        for (int j = k; j < end; j++) {
            if (d.isMark(j) || d.quoted[j] || d.is(j, ";") || d.is(j, ":") || d.isDash(j)) {
                return np;
            }
        }
        return new Phrases.Range(np.first(), end);
    }

    /** The first "who" or "whose" after the first token of a segment, or -1. */
    int relativeInside(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (d.is(k, "who") || d.is(k, "whose")) {
                return k;
            }
        }
        return -1;
    }
}
