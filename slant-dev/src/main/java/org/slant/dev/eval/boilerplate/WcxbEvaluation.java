package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.boilerplate.CleanText;
import org.slant.extract.boilerplate.HtmlPages;
import org.slant.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Slant against the WCXB article pages ({@code wcxb-dev-articles}: {@code html/ID.html.gz} and
 * {@code ground-truth/ID.json}), two ways: the HTML path (the page through the HTML reader, block hints and all)
 * and the text path (the same page flattened to plain text with all its boilerplate, no markup). Per page: word
 * precision/recall/F1 of the article's body (its content blocks without the headline, as {@code main_content}
 * holds no title) against {@code main_content}, and how many {@code with} snippets it holds
 * and {@code without} snippets it leaks. Pages without a {@code main_content} are skipped and counted.
 */
public final class WcxbEvaluation {

    /** Which pages: all, or the half with even or odd ids (tune on one half, report on the other). */
    public enum Split { all, even, odd }

    /** One path's result on one page. */
    public record PathScore(WordScores.Prf prf, int withFound, int withoutLeaked, List<String> leaked) {
    }

    public record PageScore(String id, int with, int without, PathScore html, PathScore text) {
    }

    /** Averages over pages (word scores) and totals over snippets. */
    public record Summary(int pages, int skipped, double precision, double recall, double f1, int with, int withFound,
                          int without, int withoutLeaked) {
        public double withShare() {
            return with == 0 ? 0 : (double) withFound / with;
        }

        public double leakShare() {
            return without == 0 ? 0 : (double) withoutLeaked / without;
        }
    }

    private final BoilerplateExtractor extractor;

    public WcxbEvaluation(BoilerplateExtractor extractor) {
        this.extractor = extractor;
    }

    /** The page ids of a split, sorted; at most {@code limit} of them when limit > 0 (spread over the split). */
    public static List<String> ids(Path dir, Split split, int limit) throws IOException {
        List<String> ids;
        try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
            ids = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            int last = Character.digit(id.charAt(id.length() - 1), 10);
            if (split == Split.all || (last >= 0 && (last % 2 == 0) == (split == Split.even))) {
                out.add(id);
            }
        }
        if (limit > 0 && out.size() > limit) {
            List<String> sample = new ArrayList<>(limit);
            for (int i = 0; i < limit; i++) {
                sample.add(out.get((int) ((long) i * out.size() / limit)));
            }
            return sample;
        }
        return out;
    }

    /** Scores one page, or returns null when it has no gold text. */
    public PageScore score(Path dir, String id) {
        return score(WcxbPage.load(dir, id));
    }

    /** Scores one page, or returns null when it has no gold text. */
    public PageScore score(WcxbPage page) {
        if (!page.hasGold()) {
            return null;
        }
        return score(page, HtmlPages.article(page.id(), page.html()), HtmlPages.plainText(page.id(), page.html()));
    }

    /** Scores a page whose two articles (HTML path, text path) were already made from it. */
    public PageScore score(WcxbPage page, Article html, Article text) {
        String gold = page.gold();
        PathScore h = path(CleanText.of(html, extractor).body(), gold, page.with(), page.without());
        PathScore t = path(CleanText.of(text, extractor).body(), gold, page.with(), page.without());
        return new PageScore(page.id(), page.with().size(), page.without().size(), h, t);
    }

    private static PathScore path(String extracted, String gold, List<String> with, List<String> without) {
        Map<String, Integer> bag = WordScores.bag(gold);
        return path(extracted, bag, WordScores.size(bag), with, without);
    }

    /** One path's score of an extracted body against the gold text's bag of words (made once per page). */
    public static PathScore path(String extracted, Map<String, Integer> goldBag, long goldWords, List<String> with,
                                 List<String> without) {
        String squashed = WordScores.squash(extracted);
        List<String> leaked = new ArrayList<>();
        for (String w : without) {
            if (WordScores.found(squashed, List.of(w)) == 1) {
                leaked.add(w);
            }
        }
        Map<String, Integer> p = WordScores.bag(extracted);
        WordScores.Prf prf = WordScores.Prf.of(WordScores.overlap(p, goldBag), WordScores.size(p), goldWords);
        return new PathScore(prf, WordScores.found(squashed, with), leaked.size(), leaked);
    }

    public static Summary summarise(List<PageScore> pages, int skipped, boolean html) {
        double p = 0;
        double r = 0;
        double f = 0;
        int with = 0;
        int withFound = 0;
        int without = 0;
        int leaked = 0;
        for (PageScore s : pages) {
            PathScore ps = html ? s.html() : s.text();
            p += ps.prf().precision();
            r += ps.prf().recall();
            f += ps.prf().f1();
            with += s.with();
            withFound += ps.withFound();
            without += s.without();
            leaked += ps.withoutLeaked();
        }
        int n = Math.max(1, pages.size());
        return new Summary(pages.size(), skipped, p / n, r / n, f / n, with, withFound, without, leaked);
    }
}
