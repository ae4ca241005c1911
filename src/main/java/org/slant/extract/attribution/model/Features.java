package org.slant.extract.attribution.model;

import org.slant.text.Token;

/**
 * What the feature templates of {@link CueFeatures}, {@link StackFeatures} and {@link SourceFeatures} share:
 * the word, shape and crude stem of a token, and distance buckets. Every one is a lookup in
 * {@link ModelInput}, so extracting features is linear in the tokens scored.
 */
public final class Features {

    private Features() {
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

    static String suffix(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    static String bucket(int d) {
        return d <= 3 ? Integer.toString(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
    }
}
