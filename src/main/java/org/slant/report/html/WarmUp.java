package org.slant.report.html;

import org.slant.compare.Analysis;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.OutletSource;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny analysis with a finding of each family, rendered once in the background while a command
 * analyses its articles, so that the page's code is loaded and its templates compiled by the time the
 * real page is rendered. Its output is thrown away.
 */
final class WarmUp {

    private static final String RAW = "Headline\n\nAn official said \"a shameful step\" in Kyiv.\n\nSubscribe now.";

    private WarmUp() {
    }

    static Analysis analysis() {
        return new Analysis("", List.of(article("a", "A"), article("b", "B")), null, List.of());
    }

    private static ArticleResult article(String id, String outlet) {
        Article a = new Article(id, id, "txt", new ArticleMeta(outlet, "kind", OutletSource.INPUT, List.of(), null,
                "https://example.org/", "2024-01-01", "Headline"), RAW, List.of());
        int q = RAW.indexOf("a shameful");
        int s = RAW.indexOf("shameful");
        int k = RAW.indexOf("Kyiv");
        int sub = RAW.indexOf("Subscribe");
        Attrs.Span span = new Attrs.Span(q, q + 16, "a shameful step");
        List<Finding> fs = List.of(
                Finding.of(RAW, "terminology", "loaded", s, s + 8, Voice.QUOTED, "w", 1,
                        new TermAttrs.Entry("r", TermAttrs.Who.NONE)),
                Finding.of(RAW, "terminology", "contested_naming", k, k + 4, Voice.NARRATOR, "w", 1,
                        new TermAttrs.Naming(null, "s", "Kyiv", "c", TermAttrs.Who.NONE)),
                Finding.of(RAW, "attribution", "anonymous", RAW.indexOf("An"), q + 17, Voice.QUOTED, "w", 1,
                        new Attrs.Attribution(span, span, span, List.of(), "x", null, "y", "neutral", true, null, null,
                                false, null)),
                Finding.of(RAW, "boilerplate", "promo", sub, RAW.length(), Voice.NONE, "w", 1,
                        new Attrs.Boilerplate(0, List.of("r"))));
        Map<String, Double> m = new TreeMap<>();
        for (String name : List.of("loaded.narrator.per1k", "contamination.ratio", "attribution.anonymous_share",
                "voice.y.words", "reuse.shared_share", "content.words")) {
            m.put(name, 1.0);
        }
        return new ArticleResult(a, 7, new TreeMap<>(m), fs, List.of(), null);
    }
}
