package org.slant.extract.attribution.model;

import static org.slant.extract.attribution.model.Features.bool;
import static org.slant.extract.attribution.model.Features.bucket;
import static org.slant.extract.attribution.model.Features.is;
import static org.slant.extract.attribution.model.Features.shape;
import static org.slant.extract.attribution.model.Features.stem;
import static org.slant.extract.attribution.model.Features.word;
import static org.slant.extract.attribution.model.Hashing.f;

/**
 * Features of one token for "is this token part of an attribution cue": the word, its stem, suffix and
 * shape; the words within three tokens and the word pairs around it (cues are phrases: "said in a
 * statement", "according to"); where it sits relative to quotation marks, colons and its sentence's ends;
 * how far the nearest other cue-like word of its sentence lies on each side (a cue inside another's content
 * is not labelled: PolNeAR keeps outermost attributions); and the cue lexicon's and the rules' verdicts,
 * which the model weighs like any other evidence. Each feature is a hash of its template number and parts.
 */
public final class CueFeatures {

    private CueFeatures() {
    }

    public static void emit(ModelInput in, int i, Hashing.Sink s) {
        long w = in.wordH[i];
        long st = in.stemH[i];
        long w1 = word(in, i, i - 1);
        long w2 = word(in, i, i + 1);
        long sh = in.shapeH[i];
        s.add(f(1, w));
        s.add(f(2, st));
        s.add(f(3, in.sufH[i]));
        s.add(f(4, sh));
        for (int d = -3; d <= 3; d++) {
            if (d != 0) {
                s.add(f(5, d, word(in, i, i + d)));
            }
        }
        s.add(f(6, stem(in, i, i - 1)));
        s.add(f(7, stem(in, i, i + 1)));
        s.add(f(8, word(in, i, i - 2), w1));
        s.add(f(9, w1, w));
        s.add(f(10, w, w2));
        s.add(f(11, w2, word(in, i, i + 2)));
        s.add(f(12, w1, w, w2));
        s.add(f(13, stem(in, i, i - 1), st));
        s.add(f(14, st, stem(in, i, i + 1)));
        s.add(f(15, shape(in, i, i - 1), shape(in, i, i + 1)));
        s.add(f(16, shape(in, i, i - 1), st));
        s.add(f(17, st, shape(in, i, i + 1)));
        long q = bool(in.quoted[i]);
        s.add(f(18, q));
        s.add(f(19, q, st));
        long near = bool(quoteNear(in, i, -3)) * 2 + bool(quoteNear(in, i, 3));
        s.add(f(20, near));
        s.add(f(21, near, st));
        long qd = quoteDistance(in, i);
        s.add(f(22, qd));
        s.add(f(23, qd, st));
        boolean sentQuote = in.quoteMarksBefore[in.sentEnd[i]] - in.quoteMarksBefore[in.sentFirst[i]] > 0;
        s.add(f(24, bool(sentQuote), st));
        long pos = bucket(i - in.sentFirst[i]) * 8L + bucket(in.sentEnd[i] - 1 - i);
        s.add(f(25, pos));
        s.add(f(26, pos, st));
        s.add(f(27, bool(is(in, i, i - 1, ":")), bool(is(in, i, i + 1, ":")), q));
        long frame = in.lexFrame[i] == null ? 0 : Hashing.of(in.lexFrame[i]);
        s.add(f(28, in.lexicon[i], frame));
        s.add(f(29, in.lexicon[i], st));
        s.add(f(30, lex(in, i - 1), lex(in, i + 1)));
        s.add(f(31, lex(in, i - 1), in.lexicon[i], lex(in, i + 1)));
        s.add(f(32, bool(in.ruleCue[i] > 0), bool(in.ruleSource[i] > 0)));
        s.add(f(33, bool(in.ruleCue[i] > 0), st));
        s.add(f(34, bool(rule(in, i - 1)), bool(rule(in, i + 1))));
        s.add(f(35, bool(rule(in, i - 1)), bool(rule(in, i)), bool(rule(in, i + 1))));
        s.add(f(36, bool(ruleSource(in, i - 1)), bool(ruleSource(in, i + 1))));
        s.add(f(37, bool(in.ruleContent[i]), bool(in.ruleNested[i])));
        s.add(f(38, bool(in.ruleContent[i]), st));
        // v3: the nearest other cue-like word of the sentence on each side, with the token's stem and lexicon.
        long left = in.cueLeft[i] == 0 ? 9 : bucket(in.cueLeft[i]);
        long right = in.cueRight[i] == 0 ? 9 : bucket(in.cueRight[i]);
        s.add(f(39, left, right));
        s.add(f(40, left, right, in.lexicon[i]));
        s.add(f(41, left, st));
        s.add(f(42, right, st));
        s.add(f(43, left, q, bool(in.ruleContent[i])));
        s.add(f(0, 0));
    }

    private static int lex(ModelInput in, int i) {
        return i < 0 || i >= in.n ? -1 : in.lexicon[i];
    }

    private static boolean rule(ModelInput in, int i) {
        return i >= 0 && i < in.n && in.ruleCue[i] > 0;
    }

    private static boolean ruleSource(ModelInput in, int i) {
        return i >= 0 && i < in.n && in.ruleSource[i] > 0;
    }

    /** Tokens to the nearest quote mark on each side within the sentence, bucketed (9 when none). */
    private static long quoteDistance(ModelInput in, int i) {
        int l = in.quoteLeft[i];
        int r = in.quoteRight[i];
        int left = l >= in.sentFirst[i] ? bucket(i - l) : 9;
        int right = r < in.sentEnd[i] ? bucket(r - i) : 9;
        return left * 16L + right;
    }

    private static boolean quoteNear(ModelInput in, int i, int step) {
        int end = i + step;
        for (int k = Math.max(0, Math.min(i, end)); k <= Math.min(in.n - 1, Math.max(i, end)); k++) {
            if (k != i && in.isQuote(k)) {
                return true;
            }
        }
        return false;
    }
}
