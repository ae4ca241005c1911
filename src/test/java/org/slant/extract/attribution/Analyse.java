package org.slant.extract.attribution;

import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.OutletSource;

import java.util.List;

/** Small helpers for attribution tests: analyse a text through the standard pipeline and read the findings. */
final class Analyse {

    private Analyse() {
    }

    static ArticleResult text(String text) {
        return Slant.pipeline().analyze(new Article("t", "t", "txt", ArticleMeta.empty(), text, List.of()));
    }

    static ArticleResult text(String text, String outlet) {
        ArticleMeta meta = ArticleMeta.empty().withOutlet(outlet, null, OutletSource.MANIFEST, List.of());
        return Slant.pipeline().analyze(new Article("t", "t", "txt", meta, text, List.of()));
    }

    static List<Finding> attributions(ArticleResult r) {
        return r.findings().stream().filter(f -> f.extractor().equals("attribution")).toList();
    }

    /** The words of an attribution's "source", "cue" or "content". */
    static String part(Finding f, String part) {
        return span(f, part).text();
    }

    /** An attribution's "source", "cue" or "content" span. */
    static Attrs.Span span(Finding f, String part) {
        Attrs.Attribution a = (Attrs.Attribution) f.attrs();
        return switch (part) {
            case "source" -> a.source();
            case "cue" -> a.cue();
            case "content" -> a.content();
            default -> throw new IllegalArgumentException(part);
        };
    }

    /** The only attribution whose cue reads as given. */
    static Finding byCue(ArticleResult r, String cue) {
        List<Finding> fs = attributions(r).stream().filter(f -> part(f, "cue").equals(cue)).toList();
        if (fs.size() != 1) {
            throw new AssertionError("expected one attribution with cue '" + cue + "', found " + fs.size() + ": "
                    + attributions(r).stream().map(f -> part(f, "source") + "/" + part(f, "cue")).toList());
        }
        return fs.get(0);
    }
}
