package org.slant.extract.attribution;

import org.slant.Slant;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.model.OutletSource;

import java.util.List;
import java.util.Map;

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

    @SuppressWarnings("unchecked")
    static String part(Finding f, String part) {
        return (String) ((Map<String, Object>) f.attrs().get(part)).get("text");
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
