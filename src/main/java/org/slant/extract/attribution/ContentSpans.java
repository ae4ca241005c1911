package org.slant.extract.attribution;

import org.slant.text.Quote;
import org.slant.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the content of an attribution starts and ends: after the cue ("said that ...", "said: “...”"),
 * before the source ("“...,” he said", "..., officials said"), and how a content span is trimmed and
 * told apart as a direct quotation. All scans are bounded.
 */
final class ContentSpans {

    private static final int LOOKAHEAD = 14;

    private final Doc d;
    private final Phrases phrases;

    ContentSpans(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }

    /**
     * The result of looking right of a cue: where content starts ({@code start < 0} when there are words
     * after the cue that its content rule refuses, so no content before the cue may be taken instead),
     * and the listener skipped on the way.
     */
    record Right(int start, Phrases.Range listener) {
        boolean refused() {
            return start < 0;
        }
    }

    /** Where the content after a cue starts, or null when nothing but adverbials follows the cue. */
    Right right(int cueEnd, Sentence s, Cue cue) {
        int sEnd = s.endToken();
        int i = skipMarkup(cueEnd, sEnd);
        if (i >= sEnd) {
            return null;
        }
        boolean colon = false;
        Phrases.Range listener = null;
        if (d.is(i, ":")) {
            i = skipMarkup(i + 1, sEnd);
            colon = true;
        } else if (d.isComma(i) && i + 1 < sEnd && d.opens(i + 1) != null) {
            i++;
        } else if (d.isComma(i)) {
            return afterAside(i, sEnd, null);
        }
        if (i < sEnd && cue.recipient() && !colon && d.opens(i) == null) {
            listener = phrases.listener(i, sEnd);
            if (listener != null) {
                i = skipMarkup(listener.end(), sEnd);
                if (i < sEnd && d.is(i, ":")) {
                    i = skipMarkup(i + 1, sEnd);
                    colon = true;
                } else if (i < sEnd && d.isComma(i) && i + 1 < sEnd && d.opens(i + 1) != null) {
                    i++;
                } else if (i < sEnd && d.isComma(i)) {
                    return afterAside(i, sEnd, listener); // "Trump told CNN, his policy would ..."
                }
            }
        }
        for (int guard = 0; guard < 3 && i < sEnd && !colon && d.opens(i) == null; guard++) {
            String w = d.norm(i);
            if (Grammar.CLAUSE_STARTS.contains(w) && (!w.equals("to") || toStartsClause(cue, listener))) {
                break;
            }
            if (listener != null && (w.equals("of") || w.equals("for") || w.equals("over") || w.equals("about"))) {
                break; // "accused him of ...", "blamed Moscow for ..."
            }
            boolean thisTime = (w.equals("this") || w.equals("late") || w.equals("early")) && i + 1 < sEnd
                    && Grammar.TIME.contains(d.norm(i + 1));
            if (!Grammar.PREPOSITIONS.contains(w) && !Grammar.TIME.contains(w) && !thisTime) {
                break;
            }
            int found = -1;
            for (int k = i + 1; k < sEnd && k - i < LOOKAHEAD && !d.isTerminal(k) && d.opens(k) == null
                    && !(d.isComma(k) && !(k + 1 < sEnd && (d.isCapitalised(k + 1) || d.opens(k + 1) != null))); k++) {
                if (d.is(k, "that") || d.is(k, ":") || Grammar.SUBJECT_PRONOUNS.contains(d.norm(k)) && d.isWord(k)
                        || d.isComma(k) && d.opens(k + 1) != null) {
                    found = k;
                    break;
                }
            }
            if (found >= 0) { // "told reporters in Nashua last week, “...”": the quotation after the comma
                colon = d.is(found, ":");
                i = colon || d.isComma(found) ? skipMarkup(found + 1, sEnd) : found;
                break;
            }
            int k = i + 1;
            while (k < sEnd && k - i < 5 && (Grammar.TIME.contains(d.norm(k)) || d.tok(k).type() == org.slant.text.Token.Type.NUMBER
                    || d.is(k, "the") || d.is(k, "this") || d.is(k, "a"))) {
                k++;
            }
            boolean timePhrase = k > i + 1 && Grammar.TIME.contains(d.norm(k - 1)) || Grammar.TIME.contains(w) && k == i + 1
                    || thisTime
                    || k > i + 1 && d.tok(k - 1).type() == org.slant.text.Token.Type.NUMBER;
            if (!timePhrase) {
                return null;
            }
            i = k;
        }
        if (i >= sEnd || d.isTerminal(i) || d.isComma(i) || d.is(i, ";") || d.is(i, ")")) {
            return null;
        }
        if (cue.content() == Cue.ContentRule.QUOTE && d.opens(i) == null) {
            return new Right(-1, listener);
        }
        boolean clause = colon || d.opens(i) != null || Grammar.CLAUSE_STARTS.contains(d.norm(i))
                && (!d.is(i, "to") || toStartsClause(cue, listener));
        if ((cue.content() == Cue.ContentRule.CLAUSE || cue.content() == Cue.ContentRule.THAT) && !clause) {
            return new Right(-1, listener);
        }
        return new Right(i, listener);
    }

    /**
     * The content after a comma that follows a cue or its listener: "said, if elected, she would ...",
     * "said, in an interview, that ...", "told CNN, his policy would ...". Null when what follows is a
     * participle or a joined clause ("said, adding that") or nothing.
     */
    private Right afterAside(int comma, int sEnd, Phrases.Range listener) {
        int k = comma + 1;
        if (k >= sEnd) {
            return null;
        }
        String w = d.norm(k);
        if (listener != null && d.isWord(k) && (Grammar.SUBJECT_PRONOUNS.contains(w)
                || Grammar.DETERMINERS.contains(w) && !d.is(k, "a")
                || d.isCapitalised(k) && !Grammar.SENTENCE_OPENERS.contains(w))) {
            return new Right(k, listener);
        }
        // "said, in an interview shortly after meeting Xi, that ...": the content starts at ", that"
        for (int j = k; j < sEnd && j - k < 25 && !d.isTerminal(j) && d.opens(j) == null; j++) {
            if (d.is(j, "that") && d.isComma(j - 1)) {
                return new Right(j, listener);
            }
        }
        // a short aside, then the content: "said, if elected, she would"
        for (int j = k; j < sEnd && j - k < 12 && !d.isTerminal(j); j++) {
            if (d.isComma(j) && j + 1 < sEnd && d.isWord(j + 1)) {
                String n = d.norm(j + 1);
                if (n.equals("that") || Grammar.SUBJECT_PRONOUNS.contains(n)) {
                    return new Right(j + 1, listener);
                }
                return null;
            }
        }
        return null;
    }

    /** "to" opens an infinitive clause after most cues ("plans to", "urged them to"), not after "reported to". */
    private static boolean toStartsClause(Cue cue, Phrases.Range listener) {
        return cue.content() != Cue.ContentRule.THAT || listener != null;
    }

    private int skipMarkup(int i, int end) {
        while (i < end && d.markup[i]) {
            i++;
        }
        return i;
    }

    /**
     * Content before a source or inverted cue that starts at token {@code boundary}: the quotation closing
     * right before it ("“...,” he said") or the clause up to a comma ("..., officials said"). Returns a
     * character range, or null.
     */
    int[] left(int boundary, Sentence s, Cue cue) {
        int p = phrases.prev(boundary, s.firstToken());
        if (p < 0 && boundary == s.firstToken() && boundary > 0 && d.closes(boundary - 1) != null) {
            // "“Who do they think they are?” Trump said": the question mark ended the sentence before
            Quote q = d.closes(boundary - 1);
            return new int[]{q.start(), q.end()};
        }
        if (p < 0) {
            return null;
        }
        Quote q = d.closes(p);
        if (q == null && (d.isComma(p) || d.isDash(p))) {
            int pp = phrases.prev(p, s.firstToken());
            q = pp >= 0 ? d.closes(pp) : null;
            if (q == null) {
                if (cue.content() == Cue.ContentRule.QUOTE) {
                    return null;
                }
                int a = d.tok(s.firstToken()).start();
                int b = d.tok(p).start();
                return words(s.firstToken(), p) >= 2 && !adverbialOnly(s.firstToken(), p) ? new int[]{a, b} : null;
            }
        }
        if (q == null) {
            return null;
        }
        return new int[]{Math.min(d.tok(s.firstToken()).start(), q.start()), q.end()};
    }

    /** "In April 2023", "On Thursday": a short opening phrase that cannot be what someone said. */
    private boolean adverbialOnly(int from, int to) {
        String w = d.norm(from);
        return (Grammar.PREPOSITIONS.contains(w) || Grammar.SENTENCE_OPENERS.contains(w)) && words(from, to) <= 4;
    }

    private int words(int from, int to) {
        int w = 0;
        for (int k = from; k < to; k++) {
            if (d.isWord(k)) {
                w++;
            }
        }
        return w;
    }

    /** The end of a sentence's words: before its final full stop, but after a closing quote mark. */
    int sentenceEnd(Sentence s) {
        int k = s.endToken() - 1;
        while (k > s.firstToken() && (d.isTerminal(k) || d.markup[k])) {
            k--;
        }
        return d.tok(k).end();
    }

    /** A content piece, trimmed; null when no word is left. Extends over a quotation it opens. */
    Attribution.Piece piece(int a, int b) {
        String t = d.text;
        // a quotation opened inside the content runs on to its closing mark
        Quote open = outerQuoteAt(b - 1);
        if (open != null && open.start() >= a && open.end() > b) {
            b = open.end();
        }
        while (a < b && (Character.isWhitespace(t.charAt(a)) || ",;:\u2014\u2013".indexOf(t.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || ",;:\u2014\u2013".indexOf(t.charAt(b - 1)) >= 0)) {
            b--;
        }
        Quote q = d.quoteByStart.get(a);
        if (q != null && q.end() == b) {
            a = q.contentStart();
            b = q.contentEnd();
            while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || ",;:".indexOf(t.charAt(b - 1)) >= 0)) {
                b--;
            }
        }
        int first = d.tokenAt(a);
        for (int k = first; k < d.n && d.tok(k).start() < b; k++) {
            if (d.isWord(k)) {
                return new Attribution.Piece(a, b);
            }
        }
        return null;
    }

    /** Whether a trimmed piece is exactly the inside of a quotation. */
    boolean isQuote(Attribution.Piece p) {
        Quote q = outerQuoteAt(p.start());
        return q != null && q.contentStart() == p.start() && p.end() <= q.contentEnd() && p.end() >= q.contentEnd() - 2;
    }

    private Quote outerQuoteAt(int offset) {
        Quote q = d.content.quoteIndex().at(offset);
        while (q != null && q.depth() > 0) {
            Quote outer = d.content.quoteIndex().at(q.start());
            if (outer == null || outer.depth() >= q.depth()) {
                break;
            }
            q = outer;
        }
        return q;
    }

    /** Direct quotations (outermost) inside a piece. */
    List<Attribution.Piece> quotesIn(Attribution.Piece p) {
        List<Attribution.Piece> out = new ArrayList<>();
        if (isQuote(p)) {
            out.add(p);
            return out;
        }
        int k = d.tokenAt(p.start());
        while (k < d.n && d.tok(k).start() < p.end()) {
            Quote q = d.opens(k);
            if (q != null && q.depth() == 0 && q.end() <= p.end() + 1 && !q.single()) {
                Attribution.Piece inner = piece(q.start(), q.end());
                if (inner != null) {
                    out.add(inner);
                }
                k = d.tokenAt(q.end());
                continue;
            }
            k++;
        }
        return out;
    }
}
