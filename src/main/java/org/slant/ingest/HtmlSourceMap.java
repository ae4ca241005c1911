package org.slant.ingest;

import org.jsoup.parser.Parser;
import org.slant.text.PieceMap;

import java.util.Arrays;

/**
 * Builds, while {@link HtmlText} extracts a page parsed with position tracking, the map from the page's
 * text (the article's raw text) to the page's source. A text node's visible characters map to where they
 * stand in the source: one for one, or an entity such as {@code &amp;amp;} as a whole. A character with no
 * source character of its own (a collapsed space, the blank line between blocks, a {@code <br>}'s space)
 * stands at the source position of the next visible character of the node before it, or at that node's end
 * when it has no more: so a start offset in white space moves to the next word of the same node.
 * <p>
 * A node is anchored at its first visible character; within it, the source is read unit by unit (a
 * character, or an entity decoded as jsoup decodes it) and its visible units counted, so that the n-th
 * visible character of the node in the text is the n-th visible unit of its source.
 */
final class HtmlSourceMap {

    private final String html;
    private final PieceMap.Builder pieces = new PieceMap.Builder();
    /** Anchors of the block being collected: index in the block, source start and end of the node. */
    private int[] blockAt = new int[8];
    private int[] blockFrom = new int[8];
    private int[] blockTo = new int[8];
    private int blockAnchors;
    /** The current anchor: its visible units' source starts and ends, their count, the node's source end. */
    private int[] unitStart = new int[16];
    private int[] unitEnd = new int[16];
    private int units;
    private int nodeEnd;
    private int visibleSince;
    private boolean anchored;
    /** Text characters before the first anchor: they map to its node's start. */
    private int beforeFirst;
    private int out;

    HtmlSourceMap(String html) {
        this.html = html;
    }

    /** A tracked text node whose first visible character is at {@code blockIndex} of the block being collected. */
    void anchor(int blockIndex, int sourceStart, int sourceEnd) {
        if (blockAnchors == blockAt.length) {
            blockAt = Arrays.copyOf(blockAt, blockAnchors * 2);
            blockFrom = Arrays.copyOf(blockFrom, blockAnchors * 2);
            blockTo = Arrays.copyOf(blockTo, blockAnchors * 2);
        }
        blockAt[blockAnchors] = blockIndex;
        blockFrom[blockAnchors] = sourceStart;
        blockTo[blockAnchors] = sourceEnd;
        blockAnchors++;
    }

    /** The block being collected was dropped or written out: its anchors are done with. */
    void clearBlock() {
        blockAnchors = 0;
    }

    /** Characters the text adds between blocks. */
    void separator(int length) {
        for (int i = 0; i < length; i++) {
            next(false);
        }
    }

    /** The first {@code length} characters of the block being collected, as written to the text. */
    void block(CharSequence block, int length) {
        int a = 0;
        for (int i = 0; i < length; i++) {
            while (a < blockAnchors && blockAt[a] == i) {
                startNode(blockFrom[a], blockTo[a]);
                a++;
            }
            next(!space(block.charAt(i)));
        }
        clearBlock();
    }

    /** Characters of the text mapped so far. */
    int length() {
        return out;
    }

    /** The map; the text's end maps where an offset after its last character would. */
    PieceMap finish() {
        next(false);
        return pieces.build();
    }

    private void startNode(int from, int to) {
        if (!anchored && beforeFirst > 0) {
            pieces.unit(0, beforeFirst, from, 0);
        }
        anchored = true;
        nodeEnd = to;
        units = 0;
        visibleSince = 0;
        scan(from, to);
    }

    private void next(boolean visible) {
        int o = out++;
        if (!anchored) {
            beforeFirst++;
            return;
        }
        int v = visibleSince;
        if (v >= units) {
            pieces.unit(o, 1, nodeEnd, 0);
        } else if (!visible) {
            pieces.unit(o, 1, unitStart[v], 0);
        } else if (unitEnd[v] - unitStart[v] == 1) {
            pieces.slice(o, 1, unitStart[v]);
        } else {
            pieces.unit(o, 1, unitStart[v], unitEnd[v] - unitStart[v]);
        }
        if (visible) {
            visibleSince++;
        }
    }

    /** Reads the node's source unit by unit and records each visible character's unit. */
    private void scan(int from, int to) {
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            int next = i + 1;
            String decoded = null;
            if (c == '&') {
                int j = entityEnd(i, to);
                if (j > i) {
                    String source = html.substring(i, j);
                    String d = Parser.unescapeEntities(source, false);
                    if (!d.equals(source)) {
                        decoded = d;
                        next = j;
                    }
                }
            }
            if (decoded == null) {
                if (!space(c)) {
                    addUnit(i, next);
                }
            } else {
                for (int d = 0; d < decoded.length(); d++) {
                    if (!space(decoded.charAt(d))) {
                        addUnit(i, next);
                    }
                }
            }
            i = next;
        }
    }

    private void addUnit(int start, int end) {
        if (units == unitStart.length) {
            unitStart = Arrays.copyOf(unitStart, units * 2);
            unitEnd = Arrays.copyOf(unitEnd, units * 2);
        }
        unitStart[units] = start;
        unitEnd[units] = end;
        units++;
    }

    /** End of an entity's name or number (and its semicolon) from {@code at}, or {@code at} when none. */
    private int entityEnd(int at, int to) {
        int j = at + 1;
        while (j < to && j - at < 40 && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '#')) {
            j++;
        }
        if (j < to && html.charAt(j) == ';') {
            j++;
        }
        return j > at + 1 ? j : at;
    }

    static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
