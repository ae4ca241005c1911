package org.slant.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HTML comments in Markdown ({@code <!-- ... -->}): a reader never sees them, so Slant must not analyse
 * them as words either. {@link #blank} replaces each comment's characters with spaces, keeping line
 * breaks, so every offset, line and column of the text still index the file. Comments shown as text (in
 * fenced code blocks or inline code spans) are left alone. {@code slant check} reads its suppression
 * markers from the comments {@link #find} returns.
 */
public final class MarkdownComments {

    /** One comment: {@code [start, end)} in the text, and what is between {@code <!--} and {@code -->}. */
    public record Comment(int start, int end, String body) {
    }

    private MarkdownComments() {
    }

    public static List<Comment> find(String md) {
        List<Comment> out = new ArrayList<>();
        boolean fenced = false;
        char fenceChar = 0;
        int fenceLen = 0;
        int i = 0;
        int n = md.length();
        boolean lineStart = true;
        // Each search for a closing "-->" or backtick run that failed is remembered, so that a file full of
        // unclosed openers is read in linear time, not scanned to its end (or paragraph end) once per opener.
        boolean noClose = false;
        Map<Integer, Integer> noTicksBefore = new HashMap<>();
        while (i < n) {
            if (lineStart) {
                int j = i;
                while (j < n && j - i < 4 && md.charAt(j) == ' ') {
                    j++;
                }
                int run = fenceRun(md, j);
                if (j - i < 4 && run >= 3) {
                    char c = md.charAt(j);
                    if (!fenced) {
                        fenced = true;
                        fenceChar = c;
                        fenceLen = run;
                    } else if (c == fenceChar && run >= fenceLen && md.substring(j + run, lineEnd(md, j)).isBlank()) {
                        fenced = false;
                    }
                    i = lineEnd(md, j);
                    continue;
                }
                lineStart = false;
            }
            char c = md.charAt(i);
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (fenced) {
                i = lineEnd(md, i);
            } else if (c == '`') {
                int run = 1;
                while (i + run < n && md.charAt(i + run) == '`') {
                    run++;
                }
                int close = i + run < noTicksBefore.getOrDefault(run, -1) ? -1 : closingTicks(md, i + run, run);
                if (close < 0) {
                    noTicksBefore.put(run, paragraphEnd(md, i + run));
                }
                i = close < 0 ? i + run : close + run;
            } else if (md.startsWith("<!--", i)) {
                int close = noClose ? -1 : md.indexOf("-->", i + 4);
                if (close < 0) {
                    noClose = true;
                    i += 4; // an unclosed comment is shown as text
                } else {
                    out.add(new Comment(i, close + 3, md.substring(i + 4, close)));
                    i = close + 3;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** The text with every comment's characters turned to spaces (line breaks kept). */
    public static String blank(String md) {
        if (!md.contains("<!--")) {
            return md;
        }
        List<Comment> comments = find(md);
        if (comments.isEmpty()) {
            return md;
        }
        char[] chars = md.toCharArray();
        for (Comment c : comments) {
            for (int i = c.start(); i < c.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static int fenceRun(String s, int at) {
        if (at >= s.length() || (s.charAt(at) != '`' && s.charAt(at) != '~')) {
            return 0;
        }
        char c = s.charAt(at);
        int k = at;
        while (k < s.length() && s.charAt(k) == c) {
            k++;
        }
        return k - at;
    }

    private static int lineEnd(String s, int from) {
        int k = s.indexOf('\n', from);
        return k < 0 ? s.length() : k;
    }

    /** Where the search of {@link #closingTicks} from here stops: the line break before a blank line, or the end. */
    private static int paragraphEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        while (i >= 0 && i + 1 < s.length()) {
            if (s.substring(i + 1, lineEnd(s, i + 1)).isBlank()) {
                return i;
            }
            i = s.indexOf('\n', i + 1);
        }
        return s.length();
    }

    /** Start of the next run of exactly {@code run} backticks within the paragraph, or -1. */
    private static int closingTicks(String s, int from, int run) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' && i + 1 < s.length() && s.substring(i + 1, lineEnd(s, i + 1)).isBlank()) {
                return -1; // a code span does not cross a blank line
            }
            if (c == '`') {
                int k = i;
                while (k < s.length() && s.charAt(k) == '`') {
                    k++;
                }
                if (k - i == run) {
                    return i;
                }
                i = k;
            } else {
                i++;
            }
        }
        return -1;
    }
}
