package org.slant.extract.attribution.model;

import org.slant.extract.attribution.Attribution;
import org.slant.extract.attribution.CueLexicon;
import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Sentence;
import org.slant.text.Token;

import java.util.List;

/**
 * One article as the attribution model sees it: per-token arrays computed once in linear passes (sentence,
 * position in it, inside a quotation, cue-lexicon phrase, the rules' cues and sources), so that every
 * feature is a lookup. The rules' output is an input here, a feature like any other: the model weighs it.
 */
public final class ModelInput {

    final Content content;
    final List<Token> tokens;
    final int n;
    final int[] sentence;
    final int[] sentFirst;
    final int[] sentEnd;
    final boolean[] quoted;
    /** Quote-mark tokens before token i (prefix counts), to ask whether one lies between two tokens. */
    final int[] quoteMarksBefore;
    /** The nearest quote-mark token before token i (-1 when none) and after it ({@code n} when none). */
    final int[] quoteLeft;
    final int[] quoteRight;
    /** Comma, semicolon or dash tokens before token i (prefix counts): a clause boundary between two tokens. */
    final int[] commasBefore;
    /** 0 outside a cue-lexicon phrase, 1 on its first token, 2 inside it. */
    final byte[] lexicon;
    /** Frame of the lexicon phrase (VERB, PREP, NOUN, HEADLINE) or null. */
    final String[] lexFrame;
    /** Index + 1 of the rule attribution (depth 0) whose cue covers the token, or 0. */
    final int[] ruleCue;
    /** Index + 1 of the rule attribution (depth 0) whose own source covers the token, or 0. */
    final int[] ruleSource;
    /** Inside the content of a rule attribution (depth 0): a cue there is nested, which PolNeAR does not label. */
    final boolean[] ruleContent;
    /** The cue of a nested rule attribution (depth 1) covers the token. */
    final boolean[] ruleNested;

    public ModelInput(Content content, CueLexicon lexicon, List<Attribution> rules) {
        this.content = content;
        this.tokens = content.tokens();
        this.n = tokens.size();
        this.sentence = new int[n];
        this.sentFirst = new int[n];
        this.sentEnd = new int[n];
        for (Sentence s : content.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentence[i] = s.index();
                sentFirst[i] = s.firstToken();
                sentEnd[i] = s.endToken();
            }
        }
        this.quoted = new boolean[n];
        for (Quote q : content.quotes()) {
            if (q.depth() == 0) {
                mark(quoted, q.contentStart(), q.contentEnd());
            }
        }
        this.quoteMarksBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            quoteMarksBefore[i + 1] = quoteMarksBefore[i] + (isQuoteMark(tokens.get(i).norm()) ? 1 : 0);
        }
        this.quoteLeft = new int[n];
        this.quoteRight = new int[n];
        this.commasBefore = new int[n + 1];
        int last = -1;
        for (int i = 0; i < n; i++) {
            quoteLeft[i] = last;
            String w = tokens.get(i).norm();
            last = isQuoteMark(w) ? i : last;
            commasBefore[i + 1] = commasBefore[i] + (w.equals(",") || w.equals(";") || w.equals("—") || w.equals("–") ? 1 : 0);
        }
        int next = n;
        for (int i = n - 1; i >= 0; i--) {
            quoteRight[i] = next;
            next = isQuoteMark(tokens.get(i).norm()) ? i : next;
        }
        this.lexicon = new byte[n];
        this.lexFrame = new String[n];
        for (CueLexicon.Found f : lexicon.find(tokens, content.text())) {
            for (int i = f.firstToken(); i < f.endToken(); i++) {
                this.lexicon[i] = (byte) (i == f.firstToken() ? 1 : 2);
                lexFrame[i] = f.cues().get(0).frame().name();
            }
        }
        this.ruleCue = new int[n];
        this.ruleSource = new int[n];
        this.ruleContent = new boolean[n];
        this.ruleNested = new boolean[n];
        for (int k = 0; k < rules.size(); k++) {
            Attribution a = rules.get(k);
            if (a.depth() > 0) {
                mark(ruleNested, a.cueStart(), a.cueEnd());
                continue;
            }
            for (Attribution.Piece p : a.content()) {
                mark(ruleContent, p.start(), p.end());
            }
            fill(ruleCue, a.cueStart(), a.cueEnd(), k + 1);
            if (!"shared".equals(a.source().resolution()) && a.sourceEnd() > a.sourceStart()) {
                fill(ruleSource, a.sourceStart(), a.sourceEnd(), k + 1);
            }
        }
    }

    public int size() {
        return n;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Content content() {
        return content;
    }

    boolean quoteBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return quoteMarksBefore[hi] - quoteMarksBefore[lo + 1 > hi ? hi : lo + 1] > 0;
    }

    /** Clause-boundary punctuation strictly between tokens {@code a} and {@code b}. */
    int commasBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return lo + 1 >= hi ? 0 : commasBefore[hi] - commasBefore[lo + 1];
    }

    static boolean isQuoteMark(String norm) {
        return norm.length() == 1 && "\"“”'‘’«»".indexOf(norm.charAt(0)) >= 0;
    }

    private void mark(boolean[] flags, int start, int end) {
        for (int i = firstAt(start); i < n && tokens.get(i).start() < end; i++) {
            flags[i] = true;
        }
    }

    private void fill(int[] a, int start, int end, int value) {
        for (int i = firstAt(start); i < n && tokens.get(i).start() < end; i++) {
            if (tokens.get(i).end() <= end) {
                a[i] = value;
            }
        }
    }

    /** The first token ending after {@code offset} (binary search). */
    int firstAt(int offset) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
