package org.slant.extract.boilerplate;

/**
 * Link characters in plain text, where a scraper kept links as Markdown ({@code [text](url)}), as
 * {@code <url>} or as bare URLs: the plain-text counterpart of HTML link density. One pass, no regex.
 */
final class TextLinks {

    private TextLinks() {
    }

    /**
     * Non-space characters inside Markdown links, angle-bracket URLs and bare URLs of the text {@code a[from, n)}:
     * a block of an article's characters, read in place (see {@link org.slant.text.TextChars}); nothing
     * outside the range is read.
     */
    static int linkChars(char[] a, int from, int n) {
        int count = 0;
        int i = from;
        while (i < n) {
            char c = a[i];
            if (c == '[') {
                int close = find(a, n, ']', i + 1, 300);
                if (close > 0 && close + 1 < n && a[close + 1] == '(') {
                    int paren = find(a, n, ')', close + 2, 2000);
                    if (paren > 0) {
                        count += nonSpace(a, i, paren + 1);
                        i = paren + 1;
                        continue;
                    }
                }
            } else if (c == '<' && startsWith(a, n, "http", i + 1)) {
                int close = find(a, n, '>', i, 2000);
                if (close > 0) {
                    count += nonSpace(a, i, close + 1);
                    i = close + 1;
                    continue;
                }
            } else if ((c == 'h' && i + 1 < n && a[i + 1] == 't'
                    && (startsWith(a, n, "https://", i) || startsWith(a, n, "http://", i)))
                    || (c == 'w' && i + 1 < n && a[i + 1] == 'w' && startsWith(a, n, "www.", i) && (i == from || !Character.isLetterOrDigit(a[i - 1])))) {
                int j = i;
                while (j < n && !Character.isWhitespace(a[j]) && a[j] != ')' && a[j] != '>') {
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

    private static boolean startsWith(char[] a, int n, String prefix, int at) {
        if (at + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (a[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code c} within {@code limit} characters from {@code from}, or -1: bounded, so the scan stays linear. */
    private static int find(char[] a, int n, char c, int from, int limit) {
        int to = Math.min(n, from + limit);
        for (int i = from; i < to; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int nonSpace(char[] a, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(a[i])) {
                k++;
            }
        }
        return k;
    }
}
