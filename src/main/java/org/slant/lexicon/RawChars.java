package org.slant.lexicon;

/**
 * An article's raw text as a character array, for the passes that read every character of it: outlet
 * inference's pair index (from a copy), the boilerplate's block evidence and the embedded posts' trigger
 * passes. Under the launcher's quick compiler (C1) each {@code String.charAt} is a call, so each of them
 * read an array, and each used to copy the text into one of its own (issue 21). The array of the last text
 * asked for is kept per thread and handed out again for the same string: a string never changes, and the
 * reference kept here stops another string from taking its identity. Memory: one article's characters per
 * thread. Callers must not change the array.
 */
public final class RawChars {

    private static final ThreadLocal<RawChars> LAST = new ThreadLocal<>();

    private final String text;
    private final char[] chars;

    private RawChars(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** The characters of {@code text}, read-only. */
    public static char[] of(String text) {
        RawChars last = LAST.get();
        if (last == null || last.text != text) {
            last = new RawChars(text);
            LAST.set(last);
        }
        return last.chars;
    }
}
