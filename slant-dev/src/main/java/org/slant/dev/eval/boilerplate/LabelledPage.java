package org.slant.dev.eval.boilerplate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slant.extract.boilerplate.Category;
import org.slant.extract.boilerplate.HtmlPages;
import org.slant.ingest.TitleGuess;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.MarkupBlock;
import org.slant.pipeline.SegmentStage;
import org.slant.text.Block;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the project's labelled set, in one of two formats:
 * <ul>
 *   <li>{@code .blocks}: the page's text, one line per raw line, each non-blank line written
 *       {@code label | text} (blank lines stay blank). The raw text is the text parts joined by newlines; it is
 *       split into blocks as any plain text is, and every line of a block must carry the block's label.</li>
 *   <li>{@code .html}: an HTML page whose elements carry {@code data-label="..."}; a block's label is that of its
 *       nearest labelled ancestor (or its own element's). Every block must have one.</li>
 * </ul>
 * Labels: content, promo, share, legal, navigation, caption, meta, spam, duplicate. The site is the second part of
 * the file name ({@code 07-civic-...}): cross-validation holds out whole sites.
 */
public record LabelledPage(String name, String site, Article article, List<Block> blocks, List<Category> gold) {

    public static LabelledPage read(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] parts = name.split("-", 3);
        String site = parts.length >= 2 ? parts[1] : name;
        String id = name.substring(0, name.lastIndexOf('.'));
        return name.endsWith(".html") ? html(name, site, id, text) : blocks(name, site, id, text);
    }

    private static LabelledPage blocks(String name, String site, String id, String text) {
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder raw = new StringBuilder();
        List<Category> lineLabel = new ArrayList<>();
        List<Integer> lineStart = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String ln = lines.get(i);
            if (i == lines.size() - 1 && ln.isEmpty()) {
                break;
            }
            if (i > 0) {
                raw.append('\n');
            }
            lineStart.add(raw.length());
            if (ln.isBlank()) {
                lineLabel.add(null);
                continue;
            }
            int bar = ln.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'label | text'");
            }
            Category c = Category.of(ln.substring(0, bar).strip());
            if (c == null) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown label '" + ln.substring(0, bar).strip() + "'");
            }
            String t = ln.substring(bar + 1);
            raw.append(t.startsWith(" ") ? t.substring(1) : t);
            lineLabel.add(c);
        }
        String r = raw.toString();
        Article a = new Article(id, name, "txt", ArticleMeta.empty().withTitle(TitleGuess.guess(r)), r, List.of());
        List<Block> blocks = SegmentStage.blocks(a);
        List<Category> gold = new ArrayList<>();
        for (Block b : blocks) {
            Category label = null;
            for (int l = 0; l < lineStart.size(); l++) {
                int s = lineStart.get(l);
                int e = l + 1 < lineStart.size() ? lineStart.get(l + 1) : r.length();
                if (e > b.start() && s < b.end() && lineLabel.get(l) != null) {
                    if (label != null && label != lineLabel.get(l)) {
                        throw new IllegalArgumentException(name + ":" + (l + 1) + ": the lines of one block have two labels ("
                                + label.id() + ", " + lineLabel.get(l).id() + ")");
                    }
                    label = lineLabel.get(l);
                }
            }
            gold.add(label);
        }
        return new LabelledPage(name, site, a, blocks, gold);
    }

    private static LabelledPage html(String name, String site, String id, String text) {
        Document doc = Jsoup.parse(text);
        Article a = HtmlPages.article(id, doc);
        List<Block> blocks = SegmentStage.blocks(a);
        List<Category> gold = new ArrayList<>();
        for (MarkupBlock m : a.markup()) {
            Element e = resolve(doc, m.path());
            String label = null;
            for (Element cur = e; cur != null && label == null; cur = cur.parent()) {
                if (cur.hasAttr("data-label")) {
                    label = cur.attr("data-label");
                }
            }
            Category c = label == null ? null : Category.of(label);
            if (c == null) {
                throw new IllegalArgumentException(name + ": block '" + a.raw().substring(m.start(), m.end())
                        + "' has no valid data-label (" + label + ")");
            }
            gold.add(c);
        }
        return new LabelledPage(name, site, a, blocks, gold);
    }

    /** The element of a block path ({@code body>div:1#main>p:3}), following the element positions. */
    static Element resolve(Document doc, String path) {
        Element cur = doc.body();
        String[] parts = path.split(">");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int colon = p.indexOf(':');
            int end = colon + 1;
            while (end < p.length() && Character.isDigit(p.charAt(end))) {
                end++;
            }
            cur = cur.child(Integer.parseInt(p.substring(colon + 1, end)));
        }
        return cur;
    }

    /** The gold clean text: the content blocks joined as the content stage joins them. */
    public String goldText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (gold.get(i) == Category.CONTENT) {
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(article.raw(), blocks.get(i).start(), blocks.get(i).end());
            }
        }
        return b.toString();
    }
}
