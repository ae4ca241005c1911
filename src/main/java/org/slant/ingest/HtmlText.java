package org.slant.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.MarkupBlock;
import org.slant.text.OffsetMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTML page into article raw text: one block per block-level element, blocks separated by a
 * blank line, whitespace collapsed, and for every block what the markup said about it (tag, ancestor
 * path, characters inside links). Scripts, styles, forms' widgets and hidden elements are left out;
 * navigation, footers and captions stay in, for the boilerplate classifier to judge.
 */
public final class HtmlText {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "caption", "table", "tr", "td", "th",
            "section", "article", "header", "footer", "nav", "aside", "main", "form", "address", "hr", "br-block",
            "details", "summary", "fieldset", "legend", "body", "center", "menu", "tbody", "thead", "tfoot");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "head", "select", "option", "textarea", "input", "button", "canvas", "video", "audio",
            "map", "math");

    /** In a block's markup path, the element that stands for the ones a very long path leaves out. */
    public static final String SKIPPED = "~skipped:";
    /** The most elements a block's markup path names (see {@link MarkupPaths}). */
    public static final int MAX_PATH_ELEMENTS = 64;

    private static final java.util.regex.Pattern REACT_STREAMED = java.util.regex.Pattern.compile("S:\\d+");

    /**
     * The page's text and its block hints, and the JSON-LD scripts of its body (gathered as the text is, so
     * that finding a page's publisher costs no second walk over a large page).
     */
    public record Result(String text, List<MarkupBlock> blocks, List<Element> bodyJsonLd) {

        public Result(String text, List<MarkupBlock> blocks) {
            this(text, blocks, List.of());
        }

        /**
         * The page as an HTML article (title as {@link #title} takes it, and the outlet clues of its head as
         * {@link PageOutlet} finds them, for the metadata step to decide on), as every reader of a page makes it.
         */
        public Article article(String id, String file, Document doc) {
            ArticleMeta meta = new ArticleMeta(null, null, org.slant.model.OutletSource.UNKNOWN,
                    PageOutlet.clues(doc, bodyJsonLd), null, null, null, title(doc));
            return new Article(id, file, "html", meta, text, blocks);
        }
    }

    /**
     * A page extracted with the map from its text to its source (what {@code slant check} reports positions
     * in): the parsed document, the text and block hints, and the map.
     */
    public record Traced(Document document, Result result, OffsetMap toSource) {
    }

    private HtmlText() {
    }

    /** The page's text and block hints (the path every reader of HTML takes: ingest, boilerplate, check). */
    public static Result extract(Document doc) {
        return extract(doc, null);
    }

    /**
     * Parses the page with position tracking and extracts it as {@link #extract(Document)} does, mapping
     * every offset of the text to the page's source as it goes.
     */
    public static Traced traced(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        HtmlSourceMap map = new HtmlSourceMap(html);
        Result r = extract(doc, map);
        if (map.length() != r.text().length()) {
            throw new IllegalStateException("the source map covers " + map.length() + " of " + r.text().length()
                    + " characters"); // the collector told the map of a character it did not write, or the reverse
        }
        return new Traced(doc, r, map.finish());
    }

    /**
     * A page's title as the HTML reader takes it: og:title, else the title element, else the first h1;
     * stripped, or null when all are missing or blank.
     */
    public static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        String t = og != null ? og.attr("content") : doc.title();
        if (t == null || t.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            t = h1 != null ? h1.text() : null;
        }
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** As {@link #extract(Document)}, building {@code map} (when not null) as the text is written. */
    private static Result extract(Document doc, HtmlSourceMap map) {
        Element body = doc.body() != null ? doc.body() : doc;
        Collector c = new Collector(map);
        NodeTraversor.traverse(c, body);
        c.flush();
        return new Result(c.out.toString(), c.blocks, c.jsonLd);
    }

    private static final class Collector implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final List<MarkupBlock> blocks = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        int linkChars;
        int linkDepth;
        int skipDepth;
        Element blockElement;
        final MarkupPaths paths = new MarkupPaths();
        /** Null unless the extraction maps its text to the page's source. */
        final HtmlSourceMap map;

        Collector(HtmlSourceMap map) {
            this.map = map;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                if (node instanceof Element) {
                    skipDepth++;
                }
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag) || hidden(e)) {
                    if (tag.equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e);
                    }
                    skipDepth = 1;
                    return;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    blockElement = e;
                } else if (tag.equals("br")) {
                    appendText(" ");
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("img") && !e.attr("alt").isBlank() && cur.length() == 0) {
                    // a lone image's alt text is not prose; leave it out
                    return;
                }
            } else if (node instanceof TextNode t) {
                int first = appendText(t.getWholeText());
                if (map != null && first >= 0 && t.sourceRange().isTracked()) {
                    map.anchor(first, t.sourceRange().startPos(), t.sourceRange().endPos());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth > 0) {
                if (node instanceof Element) {
                    skipDepth--;
                }
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    blockElement = enclosingBlock(e.parent());
                } else if (tag.equals("a")) {
                    linkDepth = Math.max(0, linkDepth - 1);
                }
            }
        }

        /** Appends collapsing white space; returns where its first visible character went in cur, or -1. */
        private int appendText(String s) {
            int first = -1;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                boolean space = Character.isWhitespace(ch) || ch == '\u00A0';
                if (space) {
                    if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') {
                        cur.append(' ');
                    }
                } else {
                    if (first < 0) {
                        first = cur.length();
                    }
                    cur.append(ch);
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
            return first;
        }

        void flush() {
            int len = cur.length();
            while (len > 0 && cur.charAt(len - 1) == ' ') {
                len--;
            }
            if (len > 0) {
                if (out.length() > 0) {
                    out.append("\n\n");
                    if (map != null) {
                        map.separator(2);
                    }
                }
                int start = out.length();
                out.append(cur, 0, len);
                if (map != null) {
                    map.block(cur, len);
                }
                Element e = blockElement;
                blocks.add(new MarkupBlock(start, out.length(), e == null ? "body" : e.normalName(),
                        e == null ? "body" : paths.of(e), Math.min(linkChars, len)));
            }
            cur.setLength(0);
            linkChars = 0;
            if (map != null) {
                map.clearBlock();
            }
        }
    }

    private static boolean hidden(Element e) {
        // React's streaming renderer sends content in <div hidden id="S:0"> and moves it into place with a
        // script: that content is the page's, not hidden text
        if (e.hasAttr("hidden") && !REACT_STREAMED.matcher(e.id()).matches()) {
            return true;
        }
        if ("true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** The nearest ancestor-or-self that is a block element (text after a nested block belongs to it). */
    private static Element enclosingBlock(Element e) {
        Element cur = e;
        while (cur != null && !BLOCK_TAGS.contains(cur.normalName())) {
            cur = cur.parent();
        }
        return cur;
    }

    /** The path of one element (see {@link MarkupPaths}). */
    static String path(Element e) {
        return new MarkupPaths().of(e);
    }
}
