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
    /** Per rule attribution, the tokens {first, end} of the subject it shares with an earlier verb, or {-1, -1}. */
    final int[][] ruleShared;
    /** Inside the content of a rule attribution (depth 0): a cue there is nested, which PolNeAR does not label. */
    final boolean[] ruleContent;
    /** The cue of a nested rule attribution (depth 1) covers the token. */
    final boolean[] ruleNested;
    /** Hashes of each token's word, stem, suffix and shape ({@link Hashing#of}), computed once. */
    final long[] wordH;
    final long[] stemH;
    final long[] sufH;
    final long[] shapeH;
    /**
     * Tokens back to the nearest earlier token of the sentence where a lexicon phrase or a rule cue starts
     * (0 when none), and on to the nearest later one: a cue word after another cue in its sentence is often
     * inside that one's content, which PolNeAR does not label.
     */
    final int[] cueLeft;
    final int[] cueRight;

    public ModelInput(Content content, CueLexicon lexicon, List<Attribution> rules) {
        this(content, lexicon.find(content.tokens(), content.text()), rules);
    }

    /** As above, given the cue lexicon's phrases in the content (found once for the rules and the model). */
    public ModelInput(Content content, List<CueLexicon.Found> lexiconPhrases, List<Attribution> rules) {
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
        for (CueLexicon.Found f : lexiconPhrases) {
            for (int i = f.firstToken(); i < f.endToken(); i++) {
                this.lexicon[i] = (byte) (i == f.firstToken() ? 1 : 2);
                lexFrame[i] = f.cues().get(0).frame().name();
            }
        }
        this.ruleCue = new int[n];
        this.ruleSource = new int[n];
        this.ruleContent = new boolean[n];
        this.ruleNested = new boolean[n];
        this.ruleShared = new int[rules.size()][];
        for (int k = 0; k < rules.size(); k++) {
            Attribution a = rules.get(k);
            ruleShared[k] = "shared".equals(a.source().resolution()) && a.sourceEnd() > a.sourceStart()
                    ? new int[]{firstAt(a.sourceStart()), firstAt(a.sourceEnd())} : new int[]{-1, -1};
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
        this.wordH = new long[n];
        this.stemH = new long[n];
        this.sufH = new long[n];
        this.shapeH = new long[n];
        hashes();
        this.cueLeft = new int[n];
        this.cueRight = new int[n];
        cueNeighbours();
    }

    private void hashes() {
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).norm();
            wordH[i] = Hashing.of(w);
            stemH[i] = Hashing.of(Features.stem(w));
            sufH[i] = Hashing.of(Features.suffix(w));
            shapeH[i] = Hashing.of(Features.shape(this, i));
        }
    }

    private void cueNeighbours() {
        int last = -1;
        for (int i = 0; i < n; i++) {
            cueLeft[i] = last >= sentFirst[i] ? i - last : 0;
            if (lexicon[i] == 1 || ruleCue[i] > 0 && (i == 0 || ruleCue[i - 1] != ruleCue[i])) {
                last = i;
            }
        }
        int next = n;
        for (int i = n - 1; i >= 0; i--) {
            cueRight[i] = next < sentEnd[i] ? next - i : 0;
            if (lexicon[i] == 1 || ruleCue[i] > 0 && (i == 0 || ruleCue[i - 1] != ruleCue[i])) {
                next = i;
            }
        }
    }

    public int size() {
        return n;
    }

    /** The rules' depth-0 attribution (index + 1) whose cue covers token i, or 0. */
    public int ruleCueAt(int i) {
        return ruleCue[i];
    }

    /** The rules' depth-0 attribution (index + 1) whose own source covers token i, or 0. */
    public int ruleSourceAt(int i) {
        return ruleSource[i];
    }

    public boolean quotedAt(int i) {
        return quoted[i];
    }

    public int sentenceAt(int i) {
        return sentence[i];
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

    /** Whether token k is a quote mark. */
    boolean isQuote(int k) {
        return quoteMarksBefore[k + 1] > quoteMarksBefore[k];
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
