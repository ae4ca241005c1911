package org.slant.extract.attribution.model;

import java.util.ArrayList;
import java.util.List;

import static org.slant.extract.attribution.model.Features.bucket;
import static org.slant.extract.attribution.model.Features.shape;
import static org.slant.extract.attribution.model.Features.stem;
import static org.slant.extract.attribution.model.Features.suffix;
import static org.slant.extract.attribution.model.Features.word;

/**
 * Features of one token for the first pass of "is this token part of an attribution cue": the word, its stem,
 * suffix and shape; the words within three tokens and the word pairs around it (cues are phrases: "said in a
 * statement", "according to"); where it sits relative to quotation marks, colons and its sentence's ends;
 * and the cue lexicon's and the rules' verdicts, which the model weighs like any other evidence.
 */
public final class CueFeatures {

    private CueFeatures() {
    }

    public static List<String> of(ModelInput in, int i) {
        List<String> f = new ArrayList<>(56);
        String w = word(in, i, i);
        String st = stem(w);
        String w1 = word(in, i, i - 1);
        String w2 = word(in, i, i + 1);
        f.add("w=" + w);
        f.add("stem=" + st);
        f.add("suf3=" + suffix(w));
        f.add("shape=" + shape(in, i));
        for (int d = -3; d <= 3; d++) {
            if (d != 0) {
                f.add("w" + d + "=" + word(in, i, i + d));
            }
        }
        f.add("stem-1=" + stem(w1));
        f.add("stem+1=" + stem(w2));
        f.add("w-2|w-1=" + word(in, i, i - 2) + "|" + w1);
        f.add("w-1|w=" + w1 + "|" + w);
        f.add("w|w+1=" + w + "|" + w2);
        f.add("w+1|w+2=" + w2 + "|" + word(in, i, i + 2));
        f.add("w-1|w|w+1=" + w1 + "|" + w + "|" + w2);
        f.add("stem-1|stem=" + stem(w1) + "|" + st);
        f.add("stem|stem+1=" + st + "|" + stem(w2));
        f.add("shape-1|shape+1=" + shape(in, i, i - 1) + "|" + shape(in, i, i + 1));
        f.add("shape-1|stem=" + shape(in, i, i - 1) + "|" + st);
        f.add("stem|shape+1=" + st + "|" + shape(in, i, i + 1));
        boolean q = in.quoted[i];
        f.add("quoted=" + q);
        f.add("quoted|stem=" + q + "|" + st);
        String near = quoteNear(in, i, -3) + "|" + quoteNear(in, i, 3);
        f.add("quoteNear=" + near);
        f.add("quoteNear|stem=" + near + "|" + st);
        String qd = quoteDistance(in, i);
        f.add("quoteDist=" + qd);
        f.add("quoteDist|stem=" + qd + "|" + st);
        boolean sentQuote = in.quoteMarksBefore[in.sentEnd[i]] - in.quoteMarksBefore[in.sentFirst[i]] > 0;
        f.add("sentQuote|stem=" + sentQuote + "|" + st);
        String pos = bucket(i - in.sentFirst[i]) + "|" + bucket(in.sentEnd[i] - 1 - i);
        f.add("sentPos=" + pos);
        f.add("sentPos|stem=" + pos + "|" + st);
        f.add("colon=" + w1.equals(":") + "|" + w2.equals(":") + "|" + q);
        f.add("lex=" + in.lexicon[i] + "|" + in.lexFrame[i]);
        f.add("lex|stem=" + in.lexicon[i] + "|" + st);
        f.add("lex-1|lex+1=" + lex(in, i - 1) + "|" + lex(in, i + 1));
        f.add("lex-1|lex|lex+1=" + lex(in, i - 1) + "|" + in.lexicon[i] + "|" + lex(in, i + 1));
        f.add("rule=" + (in.ruleCue[i] > 0) + "|" + (in.ruleSource[i] > 0));
        f.add("rule|stem=" + (in.ruleCue[i] > 0) + "|" + st);
        f.add("rule-1|rule+1=" + rule(in, i - 1) + "|" + rule(in, i + 1));
        f.add("rule-1|rule|rule+1=" + rule(in, i - 1) + "|" + rule(in, i) + "|" + rule(in, i + 1));
        f.add("ruleSrc-1|ruleSrc+1=" + ruleSource(in, i - 1) + "|" + ruleSource(in, i + 1));
        f.add("ruleContent|ruleNested=" + in.ruleContent[i] + "|" + in.ruleNested[i]);
        f.add("ruleContent|stem=" + in.ruleContent[i] + "|" + st);
        f.add("bias");
        return f;
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

    /** Tokens to the nearest quote mark on each side within the sentence, bucketed ("-" when none). */
    private static String quoteDistance(ModelInput in, int i) {
        int l = in.quoteLeft[i];
        int r = in.quoteRight[i];
        String left = l >= in.sentFirst[i] ? bucket(i - l) : "-";
        String right = r < in.sentEnd[i] ? bucket(r - i) : "-";
        return left + "|" + right;
    }

    private static boolean quoteNear(ModelInput in, int i, int step) {
        int end = i + step;
        for (int k = Math.max(0, Math.min(i, end)); k <= Math.min(in.n - 1, Math.max(i, end)); k++) {
            if (k != i && ModelInput.isQuoteMark(in.tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
