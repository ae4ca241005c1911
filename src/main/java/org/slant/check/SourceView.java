package org.slant.check;

import org.slant.text.OffsetMap;

import java.util.Arrays;
import java.util.List;

/**
 * An article's source file as {@code slant check} reports positions in it: the file's text, the map from
 * raw-text offsets (what findings carry) to offsets in that text, and the suppression markers found in it.
 * For plain text and Markdown the raw text indexes the file already (Markdown comments are blanked with
 * spaces, see {@code MarkdownComments}); for HTML the map is the one the HTML path built while it wrote the
 * page's text, so positions point into the HTML source. Lines and columns are 1-based; columns count UTF-16 code units, as SARIF
 * does by default.
 *
 * @param note set when positions could not be mapped to the source and index the raw text instead
 */
public record SourceView(String text, OffsetMap map, List<Marker> markers, List<Markers.Bad> badMarkers,
                         String note, int[] lineStarts) {

    /** A position in the source: offset, 1-based line and column. */
    public record Position(int offset, int line, int column) {
    }

    /** A source range: half-open offsets and their start and end (exclusive) positions. */
    public record Region(Position start, Position end) {
        public int length() {
            return end.offset() - start.offset();
        }
    }

    public static SourceView of(String text, OffsetMap map, List<Marker> markers, List<Markers.Bad> bad, String note) {
        return new SourceView(text, map, List.copyOf(markers), List.copyOf(bad), note, lineStarts(text));
    }

    /** The raw text itself (plain text, JSONL, or anything that cannot be mapped). */
    public static SourceView identity(String raw, String note) {
        return of(raw, OffsetMap.identity(raw.length()), List.of(), List.of(), note);
    }

    /**
     * The source region of the raw range {@code [start, end)}: from the source of its first character to
     * just after the first source character of its last (an entity at the end is cut after its {@code &}).
     */
    public Region region(int rawStart, int rawEnd) {
        int s = map.correctOffset(rawStart);
        int e = rawEnd > rawStart ? map.correctOffset(rawEnd - 1) + 1 : s;
        if (e < s) {
            e = s;
        }
        return new Region(position(s), position(e));
    }

    public Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int k = Arrays.binarySearch(lineStarts, o);
        int line = k >= 0 ? k : -k - 2;
        return new Position(o, line + 1, o - lineStarts[line] + 1);
    }

    /** Line starts: after \n, after \r not followed by \n. */
    static int[] lineStarts(String s) {
        int[] out = new int[16];
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i + 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "SourceView[" + text.length() + " chars, " + markers.size() + " markers]";
    }
}
