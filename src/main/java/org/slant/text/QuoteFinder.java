package org.slant.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds quotations: curly and straight double quotes, two apostrophes used as a double quote mark
 * ({@code ''like this,''} as in New York Times and other typeset archives), single quotes (told apart
 * from apostrophes), quotes inside quotes, and quotations that run over several paragraphs (a paragraph that opens with a
 * quote mark continues the quotation left open by the paragraph before). One pass, linear in the text.
 * An unclosed double quotation ends at its paragraph's end with {@code closed=false}; an unclosed single
 * quote mark is taken for an apostrophe and dropped.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    private static final class Open {
        final int pos;
        final boolean single;
        final int width;
        int paragraphs = 1;

        Open(int pos, boolean single) {
            this(pos, single, 1);
        }

        Open(int pos, boolean single, int width) {
            this.pos = pos;
            this.single = single;
            this.width = width;
        }
    }

    /** Two apostrophes standing for a double quote mark. */
    private static boolean doubleApostrophe(char[] text, int i) {
        return text[i] == '\'' && i + 1 < text.length && text[i + 1] == '\''
                && (i + 2 >= text.length || text[i + 2] != '\'');
    }

    public static List<Quote> find(CharSequence text) {
        return find(TextChars.of(text, 0, text.length()));
    }

    private static List<Quote> find(char[] text) {
        List<Quote> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int n = text.length;
        int skipOpenAt = -1;
        int lastContent = 0; // end of the last non-space character, for closing at a paragraph end
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                lastContent = i + 1;   // most characters: no mark, no break, nothing more to ask (issue 21)
                continue;
            }
            if (c == ' ' && i != skipOpenAt) {
                continue;   // the next most common: a space, neither content nor a mark
            }
            if (c == '\n' || c == '\u2029') {
                int next = paragraphBreak(text, i);
                if (next >= 0) {
                    skipOpenAt = endParagraph(text, stack, out, lastContent, next);
                    i = next - 1;
                }
                continue;
            }
            if (!BlockSplitter.isSpace(c)) {
                lastContent = i + 1;
            }
            if (i == skipOpenAt) {
                if (doubleApostrophe(text, i)) {
                    i++;
                }
                continue; // the opening mark of a continued quotation
            }
            if (doubleApostrophe(text, i)) {
                straightDouble(text, stack, out, i, 2);
                i++;
                continue;
            }
            switch (c) {
                case '\u201C', '\u201E', '\u00AB' -> push(stack, new Open(i, false));
                case '\u201D', '\u00BB' -> closeDouble(stack, out, i, 1);
                case '"' -> straightDouble(text, stack, out, i, 1);
                case '\u2018' -> {
                    if (leftFlanking(text, i, 1)) {
                        push(stack, new Open(i, true));
                    }
                }
                case '\u2019', '\'' -> singleOrApostrophe(text, stack, out, i, c == '\'');
                default -> {
                }
            }
        }
        closeAll(stack, out, lastContent);
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::depth));
        return out;
    }

    /** If a blank line starts at this newline, the offset of the next paragraph's first character. */
    private static int paragraphBreak(char[] text, int newline) {
        int n = text.length;
        int newlines = 1;
        int k = newline + 1;
        while (k < n && BlockSplitter.isSpace(text[k])) {
            char c = text[k];
            if (c == '\n' || c == '\u2029') {
                newlines++;
            }
            k++;
        }
        return newlines >= 2 ? k : -1;
    }

    /**
     * At a paragraph end: an open double quotation continues when the next paragraph opens with a double
     * quote mark; everything else left open is closed here. Returns the offset of the continuing mark.
     */
    private static int endParagraph(char[] text, Deque<Open> stack, List<Quote> out, int paraEnd, int next) {
        // single quotes left open are apostrophes or typos, not quotations
        while (!stack.isEmpty() && stack.peek().single) {
            stack.pop();
        }
        if (stack.isEmpty()) {
            return -1;
        }
        boolean continues = next < text.length && (isOpeningDouble(text[next]) || doubleApostrophe(text, next));
        if (continues) {
            // only the outermost quotation carries over; inner ones end here
            while (stack.size() > 1) {
                Open o = stack.pop();
                if (!o.single) {
                    out.add(quote(o, paraEnd, false, stack.size(), 0));
                }
            }
            stack.peek().paragraphs++;
            return next;
        }
        closeAll(stack, out, paraEnd);
        return -1;
    }

    private static boolean isOpeningDouble(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
    }

    private static void closeAll(Deque<Open> stack, List<Quote> out, int end) {
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            if (!o.single) {
                out.add(quote(o, end, false, stack.size(), 0));
            }
        }
    }

    private static void closeDouble(Deque<Open> stack, List<Quote> out, int i, int width) {
        if (!hasOpenDouble(stack)) {
            return; // stray closing mark
        }
        while (stack.peek().single) {
            stack.pop(); // an apostrophe taken for an opening single quote
        }
        Open o = stack.pop();
        out.add(quote(o, i + width, true, stack.size(), width));
    }

    private static void straightDouble(char[] text, Deque<Open> stack, List<Quote> out, int i, int width) {
        boolean open = hasOpenDouble(stack);
        boolean left = leftFlanking(text, i, width);
        boolean right = rightFlanking(text, i, width);
        if (open && (right || !left)) {
            closeDouble(stack, out, i, width);
        } else if (left || !open) {
            push(stack, new Open(i, false, width));
        }
    }

    private static void singleOrApostrophe(char[] text, Deque<Open> stack, List<Quote> out, int i,
                                           boolean straight) {
        boolean singleOpen = !stack.isEmpty() && stack.peek().single;
        boolean prevLetter = i > 0 && Character.isLetterOrDigit(text[i - 1]);
        boolean nextLetter = i + 1 < text.length && Character.isLetterOrDigit(text[i + 1]);
        if (singleOpen && !nextLetter && i > stack.peek().pos + 1) {
            Open o = stack.pop();
            out.add(quote(o, i + 1, true, stack.size(), 1));
        } else if (straight && !prevLetter && nextLetter && leftFlanking(text, i, 1)) {
            push(stack, new Open(i, true));
        }
        // otherwise an apostrophe
    }

    /** Real quotations nest two or three deep; a cap keeps adversarial input (a wall of marks) linear. */
    private static final int MAX_DEPTH = 8;

    private static void push(Deque<Open> stack, Open o) {
        if (stack.size() < MAX_DEPTH) {
            stack.push(o);
        }
    }

    private static boolean hasOpenDouble(Deque<Open> stack) {
        for (Open o : stack) {
            if (!o.single) {
                return true;
            }
        }
        return false;
    }

    /** A mark that can open: at the start, or after space, an opening bracket, a dash or another quote. */
    private static boolean leftFlanking(char[] text, int i, int width) {
        boolean nextOk = i + width < text.length && !BlockSplitter.isSpace(text[i + width]);
        if (!nextOk) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = text[i - 1];
        return BlockSplitter.isSpace(p) || "([{\u2014\u2013-/\u201C\u2018\"'\u00AB:".indexOf(p) >= 0;
    }

    /** A mark that can close: after a non-space, before space, punctuation or the end. */
    private static boolean rightFlanking(char[] text, int i, int width) {
        if (i == 0 || BlockSplitter.isSpace(text[i - 1])) {
            return false;
        }
        if (i + width >= text.length) {
            return true;
        }
        char n = text[i + width];
        return BlockSplitter.isSpace(n) || ".,;:!?)]}\u2014\u2013-'\u2019\u201D".indexOf(n) >= 0;
    }

    private static Quote quote(Open o, int end, boolean closed, int depth, int closeWidth) {
        int contentEnd = closed ? end - closeWidth : end;
        int contentStart = Math.min(o.pos + o.width, Math.max(o.pos + 1, end));
        return new Quote(o.pos, end, contentStart, Math.max(contentStart, contentEnd), depth, closed, o.paragraphs, o.single);
    }
}
