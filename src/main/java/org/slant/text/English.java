package org.slant.text;

import java.util.List;
import java.util.Locale;

/** Small pieces of English for the prose Slant writes (the report's sentences, the worksheets). */
public final class English {

    private English() {
    }

    /** "A", "A and B", "A, B and C". */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The text with its first letter in capitals. */
    public static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * At most {@code max} characters: longer text is cut to {@code max - 1} and ends in "…", never inside a
     * surrogate pair.
     */
    public static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }
}
