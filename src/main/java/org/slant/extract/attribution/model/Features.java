package org.slant.extract.attribution.model;

import org.slant.text.Token;

/**
 * What the feature templates of {@link CueFeatures} and {@link SourceFeatures} share: the word, shape and
 * crude stem of a token (as strings once per token, then as the hashes {@link ModelInput} keeps), the
 * hashes of neighbours with sentence-boundary markers, and distance buckets. Every one is a lookup, so
 * extracting features is linear in the tokens scored.
 */
public final class Features {

    static final long BOS = Hashing.of("<s>");
    static final long EOS = Hashing.of("</s>");
    static final long NONE = Hashing.of("none");

    private Features() {
    }

    /** The hash of the word at {@code i}, or a sentence-boundary marker when {@code i} is outside {@code ref}'s sentence. */
    static long word(ModelInput in, int ref, int i) {
        return i < in.sentFirst[ref] ? BOS : i >= in.sentEnd[ref] ? EOS : in.wordH[i];
    }

    static long stem(ModelInput in, int ref, int i) {
        return i < in.sentFirst[ref] ? BOS : i >= in.sentEnd[ref] ? EOS : in.stemH[i];
    }

    static long shape(ModelInput in, int ref, int i) {
        return i < in.sentFirst[ref] || i >= in.sentEnd[ref] ? NONE : in.shapeH[i];
    }

    static boolean is(ModelInput in, int ref, int i, String norm) {
        return i >= in.sentFirst[ref] && i < in.sentEnd[ref] && in.tokens.get(i).norm().equals(norm);
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

    /** Distance buckets: 0, 1, 2, 3, then 4 for 4-6, 5 for 7-12, 6 for 13 and more. */
    static int bucket(int d) {
        return d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6;
    }

    static long bool(boolean b) {
        return b ? 1 : 0;
    }
}
