package org.slant.extract.attribution.model;

import java.util.ArrayList;
import java.util.List;

import static org.slant.extract.attribution.model.Features.bucket;
import static org.slant.extract.attribution.model.Features.shape;
import static org.slant.extract.attribution.model.Features.stem;
import static org.slant.extract.attribution.model.Features.word;

/**
 * Features of token {@code j} for "is this token in the source of the cue at tokens [cf, ce)": the token
 * itself and its neighbours, where it lies from the cue (side, distance, whether a clause boundary, a quote
 * mark or another cue lies between), the cue's own word and its neighbours (an inverted "said Ms Lopez", a
 * passive "by"), and whether the rules made it this cue's source.
 */
public final class SourceFeatures {

    private SourceFeatures() {
    }

    public static List<String> of(ModelInput in, int[] cuesBefore, int cf, int ce, int j) {
        List<String> f = new ArrayList<>(40);
        String w = word(in, j, j);
        String dir = j < cf ? "L" : "R";
        int near = j < cf ? cf : ce - 1;
        int dist = j < cf ? cf - j : j - ce + 1;
        String d = dir + bucket(dist);
        String cw = stem(word(in, cf, cf));
        String cueLast = stem(word(in, ce - 1, ce - 1));
        String sh = shape(in, j);
        f.add("d=" + d);
        f.add("w=" + w);
        f.add("w|dir=" + w + "|" + dir);
        f.add("stem|d=" + stem(w) + "|" + d);
        f.add("shape|d=" + sh + "|" + d);
        f.add("cue|d=" + cw + "|" + d);
        f.add("cueLast|d=" + cueLast + "|" + d);
        f.add("cue|dir|shape=" + cw + "|" + dir + "|" + sh);
        f.add("cue|dir|w=" + cw + "|" + dir + "|" + w);
        f.add("cue-1|dir=" + word(in, cf, cf - 1) + "|" + dir);
        f.add("cue+1|dir=" + word(in, ce - 1, ce) + "|" + dir);
        f.add("cue+1|dir|shape=" + word(in, ce - 1, ce) + "|" + dir + "|" + sh);
        f.add("w-1|dir=" + word(in, j, j - 1) + "|" + dir);
        f.add("w+1|dir=" + word(in, j, j + 1) + "|" + dir);
        f.add("w-2|dir=" + word(in, j, j - 2) + "|" + dir);
        f.add("w+2|dir=" + word(in, j, j + 2) + "|" + dir);
        f.add("w-1|w|dir=" + word(in, j, j - 1) + "|" + w + "|" + dir);
        f.add("w|w+1|dir=" + w + "|" + word(in, j, j + 1) + "|" + dir);
        f.add("shape-1|shape|shape+1=" + shape(in, j, j - 1) + "|" + sh + "|" + shape(in, j, j + 1) + "|" + dir);
        f.add("sentStart=" + bucket(j - in.sentFirst[j]) + "|" + dir);
        f.add("quoted=" + in.quoted[j] + "|" + dir);
        f.add("quoteBetween=" + in.quoteBetween(j, near) + "|" + d);
        int commas = in.commasBetween(j, near);
        f.add("commas=" + Math.min(commas, 2) + "|" + d);
        f.add("commas|shape=" + Math.min(commas, 2) + "|" + dir + "|" + sh);
        boolean cueBetween = cueBetween(cuesBefore, j, cf, ce);
        f.add("cueBetween=" + cueBetween + "|" + dir);
        f.add("cueBetween|d=" + cueBetween + "|" + d);
        f.add("lexHere=" + in.lexicon[j] + "|" + dir);
        boolean ruleSrc = in.ruleSource[j] > 0;
        boolean same = ruleSrc && sameRule(in, in.ruleSource[j], cf, ce);
        f.add("ruleSource=" + ruleSrc + "|" + same);
        f.add("ruleSource|d=" + same + "|" + d);
        f.add("ruleSource|w=" + same + "|" + w);
        f.add("ruleCueHere=" + (in.ruleCue[j] > 0));
        f.add("ruleContent|dir=" + in.ruleContent[j] + "|" + dir);
        f.add("bias");
        return f;
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
