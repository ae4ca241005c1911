package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ancestor path of an HTML block as {@code HtmlText} writes it: elements from the outermost kept ancestor
 * down to the block's own element, separated by {@code >}, each {@code tag:index#id.class.class}, where the
 * index (the element's position among its parent's elements) makes every element's path unique.
 */
public record MarkupPath(List<Element> elements) {

    /** One element: its tag, id and classes, and the words of its id and classes (what hints match). */
    public record Element(String tag, String key, List<String> words) {
    }

    public static MarkupPath parse(String path) {
        List<Element> out = new ArrayList<>();
        if (path == null || path.isEmpty()) {
            return new MarkupPath(out);
        }
        int from = 0;
        int n = path.length();
        StringBuilder prefix = new StringBuilder(n);
        while (from <= n) {
            int to = path.indexOf('>', from);
            if (to < 0) {
                to = n;
            }
            String part = path.substring(from, to);
            if (prefix.length() > 0) {
                prefix.append('>');
            }
            prefix.append(part);
            out.add(element(part, prefix.toString()));
            from = to + 1;
        }
        return new MarkupPath(out);
    }

    private static Element element(String part, String key) {
        int i = 0;
        int n = part.length();
        while (i < n && part.charAt(i) != ':' && part.charAt(i) != '#' && part.charAt(i) != '.') {
            i++;
        }
        String tag = part.substring(0, i);
        List<String> words = new ArrayList<>(4);
        // skip the sibling index
        if (i < n && part.charAt(i) == ':') {
            while (i < n && part.charAt(i) != '#' && part.charAt(i) != '.') {
                i++;
            }
        }
        if (i < n) {
            splitWords(part.substring(i + 1), words);
        }
        return new Element(tag, key, words);
    }

    /** Splits ids and class names into lower-case words at non-letters and at lower-to-upper case changes. */
    static void splitWords(String s, List<String> out) {
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alpha = Character.isLetter(c);
            if (!alpha) {
                flush(w, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    flush(w, out);
                }
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(w, out);
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 1) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        w.setLength(0);
    }
}
