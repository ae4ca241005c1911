package org.slant.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into blocks. Blank lines always separate blocks. Within a run of non-blank lines,
 * each line is its own block (scraped text puts one paragraph, caption or menu item per line) unless
 * the text is hard-wrapped: a line that does not end a sentence followed by a line that starts in lower
 * case is joined to it.
 */
public final class BlockSplitter {

    private BlockSplitter() {
    }

    public static List<Block> split(String text) {
        return split(TextChars.of(text, 0, text.length()), Integer.MAX_VALUE);   // read as an array: see TextChars
    }

    /**
     * The first {@code limit} blocks of {@link #split(String)} (all of them when there are fewer), the text read
     * only as far as they reach: a block never changes once the next one is found, and a caller that looks at
     * the first few (the title guess) need not split the whole article, which the pipeline splits again
     * (issue 21).
     */
    public static List<Block> first(String text, int limit) {
        return split(TextChars.of(text, 0, text.length()), limit);
    }

    private static List<Block> split(char[] raw, int limit) {
        List<Block> blocks = new ArrayList<>();
        int n = raw.length;
        int pos = 0;
        int blockStart = -1;
        int blockEnd = -1;
        while (pos < n) {
            int lineEnd = lineEnd(raw, pos);
            int s = skipSpace(raw, pos, lineEnd);
            int e = trimEnd(raw, s, lineEnd);
            if (s == e) {
                flush(raw, blocks, blockStart, blockEnd);
                blockStart = -1;
            } else if (blockStart >= 0 && joins(raw, blockEnd, s)) {
                blockEnd = e;
            } else {
                flush(raw, blocks, blockStart, blockEnd);
                blockStart = s;
                blockEnd = e;
            }
            if (blocks.size() >= limit) {
                return blocks;
            }
            pos = nextLineStart(raw, lineEnd);
        }
        flush(raw, blocks, blockStart, blockEnd);
        return blocks;
    }

    private static void flush(char[] raw, List<Block> blocks, int start, int end) {
        if (start < 0) {
            return;
        }
        boolean continuation = !blocks.isEmpty() && joins(raw, blocks.get(blocks.size() - 1).end(), start);
        blocks.add(new Block(blocks.size(), start, end, continuation));
    }

    /** Hard-wrapped line: the previous line does not end a sentence and this one starts in lower case. */
    private static boolean joins(char[] raw, int prevEnd, int lineStart) {
        return !endsSentence(raw, prevEnd) && startsLower(raw, lineStart);
    }

    static boolean endsSentence(char[] raw, int end) {
        char c = raw[end - 1];
        return ".!?:;\"”’')]…".indexOf(c) >= 0;
    }

    private static boolean startsLower(char[] raw, int start) {
        int cp = Character.codePointAt(raw, start);
        return Character.isLowerCase(cp);
    }

    private static int lineEnd(char[] raw, int pos) {
        int n = raw.length;
        int i = pos;
        while (i < n) {
            char c = raw[i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return i;
            }
            i++;
        }
        return n;
    }

    private static int nextLineStart(char[] raw, int lineEnd) {
        if (lineEnd >= raw.length) {
            return raw.length;
        }
        if (raw[lineEnd] == '\r' && lineEnd + 1 < raw.length && raw[lineEnd + 1] == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static int skipSpace(char[] raw, int from, int to) {
        int i = from;
        while (i < to && isSpace(raw[i])) {
            i++;
        }
        return i;
    }

    private static int trimEnd(char[] raw, int from, int to) {
        int i = to;
        while (i > from && isSpace(raw[i - 1])) {
            i--;
        }
        return i;
    }

    /** Whitespace including no-break and zero-width spaces and the BOM, which scraped text is full of. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            // ASCII, most of any text: Character.isWhitespace's answer (tab to carriage return, the four
            // separators 0x1C-0x1F, space) without its table lookup; the tokenizer asks for every character
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u202F'
                || c == '\u2007' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }
}
