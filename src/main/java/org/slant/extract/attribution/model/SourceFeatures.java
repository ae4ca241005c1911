package org.slant.extract.attribution.model;

import static org.slant.extract.attribution.model.Features.bool;
import static org.slant.extract.attribution.model.Features.bucket;
import static org.slant.extract.attribution.model.Features.shape;
import static org.slant.extract.attribution.model.Features.word;
import static org.slant.extract.attribution.model.Hashing.f;

/**
 * Features of token {@code j} for "is this token in the source of the cue at tokens [cf, ce)": the token
 * itself and its neighbours, where it lies from the cue (side, distance, whether a clause boundary, a quote
 * mark or another cue lies between), the cue's own word and its neighbours (an inverted "said Ms Lopez", a
 * passive "by"), and whether the rules made it this cue's source. Each is a hash of template and parts.
 */
public final class SourceFeatures {

    private SourceFeatures() {
    }

    public static void emit(ModelInput in, int[] cuesBefore, int cf, int ce, int j, Hashing.Sink s) {
        long w = in.wordH[j];
        long dir = j < cf ? 1 : 2;
        int near = j < cf ? cf : ce - 1;
        int dist = j < cf ? cf - j : j - ce + 1;
        long d = dir * 8 + bucket(dist);
        long cw = in.stemH[cf];
        long cueLast = in.stemH[ce - 1];
        long sh = in.shapeH[j];
        s.add(f(101, d));
        s.add(f(102, w));
        s.add(f(103, w, dir));
        s.add(f(104, in.stemH[j], d));
        s.add(f(105, sh, d));
        s.add(f(106, cw, d));
        s.add(f(107, cueLast, d));
        s.add(f(108, cw, dir, sh));
        s.add(f(109, cw, dir, w));
        s.add(f(110, word(in, cf, cf - 1), dir));
        s.add(f(111, word(in, ce - 1, ce), dir));
        s.add(f(112, word(in, ce - 1, ce), dir, sh));
        s.add(f(113, word(in, j, j - 1), dir));
        s.add(f(114, word(in, j, j + 1), dir));
        s.add(f(115, word(in, j, j - 2), dir));
        s.add(f(116, word(in, j, j + 2), dir));
        s.add(f(117, word(in, j, j - 1), w, dir));
        s.add(f(118, w, word(in, j, j + 1), dir));
        s.add(f(119, shape(in, j, j - 1), sh, shape(in, j, j + 1), dir));
        s.add(f(120, bucket(j - in.sentFirst[j]), dir));
        s.add(f(121, bool(in.quoted[j]), dir));
        s.add(f(122, bool(in.quoteBetween(j, near)), d));
        int commas = Math.min(in.commasBetween(j, near), 2);
        s.add(f(123, commas, d));
        s.add(f(124, commas, dir, sh));
        boolean cueBetween = cueBetween(cuesBefore, j, cf, ce);
        s.add(f(125, bool(cueBetween), dir));
        s.add(f(126, bool(cueBetween), d));
        s.add(f(127, in.lexicon[j], dir));
        boolean ruleSrc = in.ruleSource[j] > 0;
        boolean same = ruleSrc && sameRule(in, in.ruleSource[j], cf, ce);
        s.add(f(128, bool(ruleSrc), bool(same)));
        s.add(f(129, bool(same), d));
        s.add(f(130, bool(same), w));
        s.add(f(131, bool(in.ruleCue[j] > 0)));
        s.add(f(132, bool(in.ruleContent[j]), dir));
        s.add(f(0, 0));
    }

    /** Whether a token of another cue lies strictly between token j and the cue [cf, ce) (prefix counts of cue tokens). */
    private static boolean cueBetween(int[] cuesBefore, int j, int cf, int ce) {
        int lo = j < cf ? j + 1 : ce;
        int hi = j < cf ? cf : j;
        return lo < hi && cuesBefore[hi] - cuesBefore[lo] > 0;
    }

    /** Prefix counts of cue tokens: {@code out[k]} cue tokens before token k. */
    public static int[] prefix(boolean[] isCue) {
        int[] out = new int[isCue.length + 1];
        for (int k = 0; k < isCue.length; k++) {
            out[k + 1] = out[k] + (isCue[k] ? 1 : 0);
        }
        return out;
    }

    private static boolean sameRule(ModelInput in, int rule, int cf, int ce) {
        for (int k = cf; k < ce; k++) {
            if (in.ruleCue[k] == rule) {
                return true;
            }
        }
        return false;
    }
}
