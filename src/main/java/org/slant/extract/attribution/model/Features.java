package org.slant.extract.attribution.model;

import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The sparse binary features of the two classifiers, as strings (the model file maps each to a weight).
 * Cue features describe a token in its window; source features describe a token relative to a cue. Both
 * are plain lookups in {@link ModelInput}, so extracting them is linear in the tokens scored.
 */
public final class Features {

    private Features() {
    }

    /** Features of token {@code i} for "is this token part of an attribution cue". */
    public static List<String> cue(ModelInput in, int i) {
        List<String> f = new ArrayList<>(40);
        String w = word(in, i, i);
        f.add("w=" + w);
        f.add("stem=" + stem(w));
        f.add("suf3=" + suffix(w));
        f.add("shape=" + shape(in, i));
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                f.add("w" + d + "=" + word(in, i, i + d));
            }
        }
        f.add("w-1|w=" + word(in, i, i - 1) + "|" + w);
        f.add("w|w+1=" + w + "|" + word(in, i, i + 1));
        f.add("stem-1|stem=" + stem(word(in, i, i - 1)) + "|" + stem(w));
        f.add("shape-1|shape+1=" + shape(in, i, i - 1) + "|" + shape(in, i, i + 1));
        boolean q = in.quoted[i];
        f.add("quoted=" + q);
        f.add("quoted|stem=" + q + "|" + stem(w));
        f.add("quoteNear=" + quoteNear(in, i, -3) + "|" + quoteNear(in, i, 3));
        f.add("quoteNear|stem=" + quoteNear(in, i, -3) + "|" + quoteNear(in, i, 3) + "|" + stem(w));
        int pos = i - in.sentFirst[i];
        int left = in.sentEnd[i] - 1 - i;
        f.add("sentPos=" + bucket(pos) + "|" + bucket(left));
        f.add("lex=" + in.lexicon[i] + "|" + in.lexFrame[i]);
        f.add("lex|stem=" + in.lexicon[i] + "|" + stem(w));
        f.add("lex-1|lex+1=" + lex(in, i - 1) + "|" + lex(in, i + 1));
        f.add("rule=" + (in.ruleCue[i] > 0) + "|" + (in.ruleSource[i] > 0));
        f.add("rule|stem=" + (in.ruleCue[i] > 0) + "|" + stem(w));
        f.add("rule-1|rule+1=" + rule(in, i - 1) + "|" + rule(in, i + 1));
        f.add("ruleContent|ruleNested=" + in.ruleContent[i] + "|" + in.ruleNested[i]);
        f.add("ruleContent|stem=" + in.ruleContent[i] + "|" + stem(w));
        f.add("bias");
        return f;
    }

    /** Features of token {@code j} for "is this token the source of the cue at tokens [cf, ce)". */
    public static List<String> source(ModelInput in, int cf, int ce, int j) {
        List<String> f = new ArrayList<>(32);
        String w = word(in, j, j);
        String dir = j < cf ? "L" : "R";
        int dist = j < cf ? cf - j : j - ce + 1;
        String d = dir + bucket(dist);
        String cw = stem(word(in, cf, cf));
        f.add("d=" + d);
        f.add("w=" + w);
        f.add("w|dir=" + w + "|" + dir);
        f.add("shape|d=" + shape(in, j) + "|" + d);
        f.add("cue|d=" + cw + "|" + d);
        f.add("cue|dir|shape=" + cw + "|" + dir + "|" + shape(in, j));
        f.add("w-1|dir=" + word(in, j, j - 1) + "|" + dir);
        f.add("w+1|dir=" + word(in, j, j + 1) + "|" + dir);
        f.add("shape-1|shape|shape+1=" + shape(in, j, j - 1) + "|" + shape(in, j) + "|" + shape(in, j, j + 1));
        f.add("quoted=" + in.quoted[j] + "|" + dir);
        f.add("quoteBetween=" + in.quoteBetween(j, j < cf ? cf : ce - 1) + "|" + d);
        f.add("lexHere=" + in.lexicon[j] + "|" + dir);
        boolean ruleSrc = in.ruleSource[j] > 0;
        boolean same = ruleSrc && sameRule(in, in.ruleSource[j], cf, ce);
        f.add("ruleSource=" + ruleSrc + "|" + same);
        f.add("ruleSource|d=" + same + "|" + d);
        f.add("ruleCueHere=" + (in.ruleCue[j] > 0));
        f.add("ruleContent|dir=" + in.ruleContent[j] + "|" + dir);
        f.add("bias");
        return f;
    }

    private static boolean sameRule(ModelInput in, int rule, int cf, int ce) {
        for (int k = cf; k < ce; k++) {
            if (in.ruleCue[k] == rule) {
                return true;
            }
        }
        return false;
    }

    /** The word at {@code i}, or a sentence-boundary marker when {@code i} is outside the sentence of {@code ref}. */
    static String word(ModelInput in, int ref, int i) {
        if (i < in.sentFirst[ref]) {
            return "<s>";
        }
        if (i >= in.sentEnd[ref]) {
            return "</s>";
        }
        return in.tokens.get(i).norm();
    }

    static String shape(ModelInput in, int ref, int i) {
        return i < in.sentFirst[ref] || i >= in.sentEnd[ref] ? "none" : shape(in, i);
    }

    private static int lex(ModelInput in, int i) {
        return i < 0 || i >= in.n ? -1 : in.lexicon[i];
    }

    private static boolean rule(ModelInput in, int i) {
        return i >= 0 && i < in.n && in.ruleCue[i] > 0;
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

    static String shape(ModelInput in, int i) {
        Token t = in.tokens.get(i);
        String s = t.norm();
        if (t.type() == Token.Type.NUMBER) {
            return "d";
        }
        if (t.type() != Token.Type.WORD) {
            return ModelInput.isQuoteMark(s) ? "q" : "p" + s;
        }
        // The norm is lower case: the text says whether the word is capitalised, or all capitals.
        String text = in.content.text();
        boolean upper = Character.isUpperCase(text.charAt(t.start()));
        boolean allUpper = upper && t.end() - t.start() > 1 && Character.isUpperCase(text.charAt(t.end() - 1));
        return (allUpper ? "XX" : upper ? "Xx" : "x") + (t.glued() ? "-" : "");
    }

    /** A crude stem: strips common inflections so "said", "says", "saying" share weight with "say". */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String suffix(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    static String bucket(int d) {
        return d <= 3 ? Integer.toString(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
    }
}
