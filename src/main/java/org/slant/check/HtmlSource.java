package org.slant.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.slant.ingest.HtmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Maps an HTML article's raw text (the page's text as {@link HtmlText} extracts it) back to the page's
 * source: the page is parsed again with position tracking and extracted with a trace, which says where
 * each text node's first visible character went; within a node, visible characters are counted (white
 * space is collapsed in the raw text, and entities such as {@code &amp;amp;} are one character there).
 * Comments give the suppression markers, with their source positions.
 */
final class HtmlSource {

    private HtmlSource() {
    }

    /** The source view of a page, or null when the extraction does not reproduce the article's raw text. */
    static SourceView of(String html, String raw) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<int[]> anchors = new ArrayList<>(); // {raw offset, source start, source end}
        HtmlText.Result r = HtmlText.extract(doc, (node, at) -> {
            Range range = node.sourceRange();
            if (range.isTracked()) {
                anchors.add(new int[]{at, range.startPos(), range.endPos()});
            }
        });
        if (!r.text().equals(raw)) {
            return null;
        }
        int[] lineStarts = SourceView.lineStarts(html);
        List<Marker> markers = new ArrayList<>();
        List<Markers.Bad> bad = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment c && c.sourceRange().isTracked()) {
                int start = c.sourceRange().startPos();
                int end = c.sourceRange().endPos();
                SourceView.Position p = position(lineStarts, start);
                SourceView.Position q = position(lineStarts, Math.max(start, end - 1));
                Markers.Parsed parsed = Markers.parse(c.getData(), start, p.line(), q.line(), p.column());
                if (parsed.marker() != null) {
                    markers.add(parsed.marker());
                } else if (parsed.bad() != null) {
                    bad.add(parsed.bad());
                }
            }
        }, doc);
        return SourceView.of(html, new Mapper(html, raw, anchors), markers, bad, null);
    }

    static SourceView.Position position(int[] lineStarts, int offset) {
        int k = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = k >= 0 ? k : -k - 2;
        return new SourceView.Position(offset, line + 1, offset - lineStarts[line] + 1);
    }

    /** Raw offset to source offset. */
    private static final class Mapper implements IntUnaryOperator {
        private final String html;
        private final String raw;
        private final int[] rawAt;
        private final int[] srcStart;
        private final int[] srcEnd;
        /** Visible (non-space) characters of the raw text before each offset. */
        private final int[] visibleBefore;
        private final java.util.Map<Integer, int[]> checkpoints = new java.util.HashMap<>();
        private static final int STEP = 256;

        Mapper(String html, String raw, List<int[]> anchors) {
            this.html = html;
            this.raw = raw;
            visibleBefore = new int[raw.length() + 1];
            for (int i = 0; i < raw.length(); i++) {
                visibleBefore[i + 1] = visibleBefore[i] + (space(raw.charAt(i)) ? 0 : 1);
            }
            int n = anchors.size();
            rawAt = new int[n];
            srcStart = new int[n];
            srcEnd = new int[n];
            for (int i = 0; i < n; i++) {
                rawAt[i] = anchors.get(i)[0];
                srcStart[i] = anchors.get(i)[1];
                srcEnd[i] = anchors.get(i)[2];
            }
        }

        @Override
        public int applyAsInt(int offset) {
            int k = java.util.Arrays.binarySearch(rawAt, offset);
            int a = k >= 0 ? k : -k - 2;
            if (a < 0) {
                return rawAt.length == 0 ? 0 : srcStart[0];
            }
            // visible characters of the raw text between the node's first one and the offset
            int from = Math.min(rawAt[a], raw.length());
            int visible = Math.max(0, visibleBefore[Math.max(from, Math.min(offset, raw.length()))] - visibleBefore[from]);
            return sourceOfVisible(a, visible);
        }

        /**
         * Source offset of the n-th (0-based) visible character of anchor a's source text. The scan resumes at
         * the nearest checkpoint (one per {@value #STEP} visible characters, made on the anchor's first
         * question): counting from the node's start for every finding was quadratic in a long paragraph.
         */
        private int sourceOfVisible(int a, int n) {
            int[] marks = checkpoints.computeIfAbsent(a, x -> checkpoints(srcStart[x], srcEnd[x]));
            int c = Math.min(n / STEP, marks.length / 2 - 1);
            while (c > 0 && marks[2 * c + 1] > n) {
                c--; // an entity of several characters jumped past the step
            }
            return scan(marks[2 * c], srcEnd[a], marks[2 * c + 1], n, null);
        }

        /** {source offset, visible characters before it} at the start of the unit where each STEP-th begins. */
        private int[] checkpoints(int from, int to) {
            List<Integer> marks = new ArrayList<>();
            marks.add(from);
            marks.add(0);
            scan(from, to, 0, Integer.MAX_VALUE, marks);
            return marks.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Scans from {@code i} (with {@code seen} visible characters before it) for the n-th; records checkpoints when asked. */
        private int scan(int i, int to, int seen, int n, List<Integer> marks) {
            while (i < to) {
                int next;
                String decoded;
                char c = html.charAt(i);
                if (c == '&') {
                    int j = entityEnd(i, to);
                    decoded = j > i ? Parser.unescapeEntities(html.substring(i, j), false) : "&";
                    if (j <= i || decoded.equals(html.substring(i, j))) {
                        decoded = "&";
                        j = i + 1;
                    }
                    next = j;
                } else {
                    decoded = String.valueOf(c);
                    next = i + 1;
                }
                if (marks != null && seen >= (marks.size() / 2) * STEP) {
                    marks.add(i);
                    marks.add(seen);
                }
                for (int d = 0; d < decoded.length(); d++) {
                    if (!space(decoded.charAt(d))) {
                        if (seen == n) {
                            return i;
                        }
                        seen++;
                    }
                }
                i = next;
            }
            return to;
        }

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

        private static boolean space(char c) {
            return Character.isWhitespace(c) || c == '\u00A0';
        }
    }
}
