package org.slant.check;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.slant.ingest.HtmlText;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML article's source view: the page is extracted through the one HTML path ({@link HtmlText#traced}),
 * which maps the page's text (the article's raw text) to the page's source as it writes it; a finding's raw
 * offsets go through that map. Comments give the suppression markers, with their source positions.
 */
final class HtmlSource {

    private HtmlSource() {
    }

    /** The source view of a page, or null when the page's text is not the article's raw text (it changed). */
    static SourceView of(String html, String raw) {
        HtmlText.Traced traced = HtmlText.traced(html);
        if (!traced.result().text().equals(raw)) {
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
        }, traced.document());
        return SourceView.of(html, traced.toSource(), markers, bad, null);
    }

    static SourceView.Position position(int[] lineStarts, int offset) {
        int k = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = k >= 0 ? k : -k - 2;
        return new SourceView.Position(offset, line + 1, offset - lineStarts[line] + 1);
    }
}
