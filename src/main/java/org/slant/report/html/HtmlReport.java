package org.slant.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import org.slant.model.Analysis;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders {@code index.html} from a Mustache template. Mustache escapes every {@code {{value}}} for HTML,
 * and the template has no triple mustaches, so no article, manifest or lexicon text reaches the page
 * unescaped. The page is self-contained: inline CSS, no scripts or fonts from the network.
 */
public final class HtmlReport {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("report");

    private HtmlReport() {
    }

    record FindingView(String kind, String text, String voice, String rule, int start, int end) {
    }

    record ArticleView(String id, String anchor, String outlet, String outletSource, String title, String date,
                       int words, int findingCount, List<Map.Entry<String, Integer>> byKind,
                       List<FindingView> findings, List<String> notes, boolean hasNotes) {
    }

    record Page(String version, int articleCount, List<ArticleView> articles, List<?> errors, boolean hasErrors) {
    }

    public static String render(Analysis a) {
        List<ArticleView> views = new ArrayList<>();
        for (ArticleResult r : a.articles()) {
            ArticleMeta m = r.article().meta();
            Map<String, Integer> byKind = new TreeMap<>();
            List<FindingView> fs = new ArrayList<>();
            for (Finding f : r.findings()) {
                byKind.merge(f.kind(), 1, Integer::sum);
                fs.add(new FindingView(f.kind(), f.text(), f.voice().id(), f.rule(), f.start(), f.end()));
            }
            views.add(new ArticleView(r.id(), "a-" + anchor(r.id()), m.outlet(), m.outletSource().id(),
                    m.title() == null ? "(no title in the text)" : m.title(), m.date(), r.words(), r.findings().size(),
                    new ArrayList<>(byKind.entrySet()), fs, r.notes(), !r.notes().isEmpty()));
        }
        Page page = new Page(a.toolVersion(), views.size(), views, a.errors(), !a.errors().isEmpty());
        Mustache m = FACTORY.compile("index.mustache");
        StringWriter w = new StringWriter();
        m.execute(w, page);
        return w.toString();
    }

    /** An id safe for an HTML anchor. */
    static String anchor(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
        }
        return b.toString();
    }
}
