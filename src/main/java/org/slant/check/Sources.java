package org.slant.check;

import org.slant.ingest.MarkdownComments;
import org.slant.model.Article;
import org.slant.text.TextDecoder;
import org.slant.text.UndecodableTextException;
import org.slant.text.OffsetMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article's source file again for {@code slant check}: its suppression markers (Markdown and
 * HTML comments), and for HTML the map from raw-text offsets to the page's source. Plain text and JSONL
 * have no comments, and their positions are those of the raw text.
 */
final class Sources {

    private Sources() {
    }

    static SourceView of(Article a) {
        return switch (a.format()) {
            case "md" -> markdown(a);
            case "html" -> html(a);
            default -> SourceView.identity(a.raw(), null);
        };
    }

    private static SourceView markdown(Article a) {
        String text = reread(a);
        if (text == null || !MarkdownComments.blank(text).equals(a.raw())) {
            return SourceView.identity(a.raw(), "the file changed while it was checked; markers were not read");
        }
        int[] lines = SourceView.lineStarts(text);
        List<Marker> markers = new ArrayList<>();
        List<Markers.Bad> bad = new ArrayList<>();
        for (MarkdownComments.Comment c : MarkdownComments.find(text)) {
            SourceView.Position p = HtmlSource.position(lines, c.start());
            SourceView.Position q = HtmlSource.position(lines, c.end() - 1);
            Markers.Parsed parsed = Markers.parse(c.body(), c.start(), p.line(), q.line(), p.column());
            if (parsed.marker() != null) {
                markers.add(parsed.marker());
            } else if (parsed.bad() != null) {
                bad.add(parsed.bad());
            }
        }
        return SourceView.of(text, OffsetMap.identity(text.length()), markers, bad, null);
    }

    private static SourceView html(Article a) {
        String text = reread(a);
        SourceView v = text == null ? null : HtmlSource.of(text, a.raw());
        return v != null ? v : SourceView.identity(a.raw(),
                "positions index the page's extracted text: the page could not be read again as UTF-8");
    }

    private static String reread(Article a) {
        try {
            return TextDecoder.decode(Files.readAllBytes(Path.of(a.file())));
        } catch (IOException | UndecodableTextException | RuntimeException e) {
            return null;
        }
    }
}
