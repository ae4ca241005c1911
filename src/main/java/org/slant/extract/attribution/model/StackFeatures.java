package org.slant.extract.attribution.model;

import java.util.ArrayList;
import java.util.List;

import static org.slant.extract.attribution.model.Features.shape;
import static org.slant.extract.attribution.model.Features.stem;
import static org.slant.extract.attribution.model.Features.word;

/**
 * Features of one token for the second (stacked) cue pass: the first pass's probabilities for it and its
 * neighbours within two tokens, alone and with its word. A linear model over these learns what a sequence
 * labeller would (a cue phrase holds together: "said in a statement" when "said" is sure; "according" with
 * "to"), for the price of a second lookup per token. The first-pass probabilities it is trained on are
 * cross-fitted (each article scored by a model that did not see it), so they are as noisy as at run time.
 */
public final class StackFeatures {

    private StackFeatures() {
    }

    public static List<String> of(ModelInput in, double[] p, int i) {
        List<String> f = new ArrayList<>(20);
        String w = word(in, i, i);
        String st = stem(w);
        String b0 = fine(p[i]);
        f.add("p=" + b0);
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                f.add("p" + d + "=" + neighbour(in, p, i, i + d));
            }
        }
        String l = coarse(in, p, i, i - 1);
        String r = coarse(in, p, i, i + 1);
        f.add("p-1|p|p+1=" + l + "|" + coarse(in, p, i, i) + "|" + r);
        f.add("p-2|p-1|p=" + coarse(in, p, i, i - 2) + "|" + l + "|" + coarse(in, p, i, i));
        f.add("p|p+1|p+2=" + coarse(in, p, i, i) + "|" + r + "|" + coarse(in, p, i, i + 2));
        f.add("p|stem=" + b0 + "|" + st);
        f.add("p-1|p+1|stem=" + l + "|" + r + "|" + st);
        f.add("p-1|p+1|shape=" + l + "|" + r + "|" + shape(in, i));
        f.add("p-1|w-1|w=" + l + "|" + word(in, i, i - 1) + "|" + w);
        f.add("w|w+1|p+1=" + w + "|" + word(in, i, i + 1) + "|" + r);
        f.add("p|quoted=" + b0 + "|" + in.quoted[i]);
        f.add("bias");
        return f;
    }

    /** Tenths of the probability (0-9). */
    private static String fine(double p) {
        return Integer.toString(Math.min(9, (int) (p * 10)));
    }

    private static String neighbour(ModelInput in, double[] p, int ref, int i) {
        return i < in.sentFirst[ref] || i >= in.sentEnd[ref] ? "x" : fine(p[i]);
    }

    /** Five levels: below 0.1, 0.3, 0.5, 0.7, and above; "x" outside the sentence. */
    private static String coarse(ModelInput in, double[] p, int ref, int i) {
        if (i < in.sentFirst[ref] || i >= in.sentEnd[ref]) {
            return "x";
        }
        double v = p[i];
        return v < 0.1 ? "0" : v < 0.3 ? "1" : v < 0.5 ? "2" : v < 0.7 ? "3" : "4";
    }
}
