package org.slant.extract.boilerplate;

/**
 * Link characters in plain text, where a scraper kept links as Markdown ({@code [text](url)}), as
 * {@code <url>} or as bare URLs: the plain-text counterpart of HTML link density. One pass, no regex.
 */
final class TextLinks {

    private TextLinks() {
    }

    /** Non-space characters inside Markdown links, angle-bracket URLs and bare URLs. */
    static int linkChars(String s) {
        char[] a = org.slant.text.TextChars.of(s, 0, s.length());   // read as an array: see TextChars
        int n = a.length;
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == '[') {
                int close = find(s, ']', i + 1, 300);
                if (close > 0 && close + 1 < n && s.charAt(close + 1) == '(') {
                    int paren = find(s, ')', close + 2, 2000);
                    if (paren > 0) {
                        count += nonSpace(s, i, paren + 1);
                        i = paren + 1;
                        continue;
                    }
                }
            } else if (c == '<' && s.startsWith("http", i + 1)) {
                int close = find(s, '>', i, 2000);
                if (close > 0) {
                    count += nonSpace(s, i, close + 1);
                    i = close + 1;
                    continue;
                }
            } else if ((c == 'h' && (s.startsWith("https://", i) || s.startsWith("http://", i)))
                    || (c == 'w' && s.startsWith("www.", i) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))))) {
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != ')' && s.charAt(j) != '>') {
                    j++;
                }
                count += j - i;
                i = j;
                continue;
            }
            i++;
        }
        return count;
    }

    /** The first {@code c} within {@code limit} characters from {@code from}, or -1: bounded, so the scan stays linear. */
    private static int find(String s, char c, int from, int limit) {
        int to = Math.min(s.length(), from + limit);
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int nonSpace(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                k++;
            }
        }
        return k;
    }
}
