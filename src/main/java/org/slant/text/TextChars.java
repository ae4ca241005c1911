package org.slant.text;

/**
 * A text's characters as an array, for the loops that read every character of an article (tokenizer, quote
 * finder, block splitter). The launcher runs the quick compiler only (C1: see ./slant), and there each
 * {@code CharSequence.charAt} is a call, and {@code String.charAt} on a text with any character beyond Latin-1
 * (a curly quote: most news) checks its index again on every call; an array read is one bounds check in
 * place. One copy of the range costs less than the calls it saves (issue 21: the tokenizer a third faster).
 */
public final class TextChars {

    private TextChars() {
    }

    /** The characters {@code [from, to)} of the text. */
    public static char[] of(CharSequence text, int from, int to) {
        char[] a = new char[to - from];
        if (text instanceof String s) {
            s.getChars(from, to, a, 0);
        } else {
            for (int k = from; k < to; k++) {
                a[k - from] = text.charAt(k);
            }
        }
        return a;
    }
}
