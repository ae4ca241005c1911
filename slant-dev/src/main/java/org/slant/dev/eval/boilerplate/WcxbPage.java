package org.slant.dev.eval.boilerplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slant.extract.boilerplate.HtmlPages;
import org.slant.model.Article;
import org.slant.pipeline.SegmentStage;
import org.slant.text.Block;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One WCXB article page ({@code html/ID.html.gz} and {@code ground-truth/ID.json}): its site (see
 * {@link SiteFolds}), gold article text, must/must-not snippets and HTML.
 */
public record WcxbPage(String id, String site, String gold, List<String> with, List<String> without, String html) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static WcxbPage load(Path dir, String id) {
        try {
            JsonNode root = JSON.readTree(dir.resolve("ground-truth").resolve(id + ".json").toFile());
            JsonNode gt = root.path("ground_truth");
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new WcxbPage(id, SiteFolds.site(root.path("url").asText(null), id), gt.path("main_content").asText(""),
                    strings(gt.path("with")), strings(gt.path("without")), html);
        } catch (IOException e) {
            throw new UncheckedIOException("WCXB page " + id + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The page without its HTML (kept once its two articles are made, to hold a whole corpus in memory). */
    public WcxbPage withoutHtml() {
        return new WcxbPage(id, site, gold, with, without, "");
    }

    public int fold() {
        return SiteFolds.fold(site);
    }

    public boolean hasGold() {
        return !gold.isBlank();
    }

    /** The page through the HTML reader, its blocks labelled from the gold text (a training page). */
    public LabelledPage htmlPage() {
        return labelled(HtmlPages.article(id, html));
    }

    /** The page as a scraper's plain text, its blocks labelled from the gold text (a training page). */
    public LabelledPage textPage() {
        return labelled(HtmlPages.plainText(id, html));
    }

    private LabelledPage labelled(Article a) {
        List<Block> blocks = SegmentStage.blocks(a);
        return new LabelledPage(id, site, a, blocks, new GoldBlocks(gold).label(a.raw(), blocks));
    }
}
