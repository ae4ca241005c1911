package org.slant.extract.boilerplate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slant.ingest.HtmlText;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;

import java.util.List;

/**
 * An HTML page as an article, the way the HTML reader makes one (text and block hints through {@code HtmlText},
 * title from og:title, then the title element, then the first h1), for tools that hold the page as a string
 * (the evaluations, the benchmark), and the same page as plain text with all its boilerplate still in.
 */
public final class HtmlPages {

    private HtmlPages() {
    }

    public static Article article(String id, String html) {
        return article(id, Jsoup.parse(html));
    }

    /** As {@link #article(String, String)} for a page already parsed (the document is only read). */
    public static Article article(String id, Document doc) {
        return HtmlText.extract(doc).article(id, id, doc);
    }

    /**
     * The page turned into plain text as a scraper would: every block of text on its own paragraph (blank
     * lines between), navigation, footers and all, and no markup hints. The text path's input.
     */
    public static Article plainText(String id, String html) {
        HtmlText.Result r = HtmlText.extract(Jsoup.parse(html));
        return new Article(id, id, "txt", ArticleMeta.empty().withTitle(org.slant.ingest.TitleGuess.guess(r.text())),
                r.text(), List.of());
    }
}
