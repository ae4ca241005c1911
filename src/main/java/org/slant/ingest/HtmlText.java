package org.slant.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.slant.model.MarkupBlock;

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

    private static final java.util.regex.Pattern REACT_STREAMED = java.util.regex.Pattern.compile("S:\\d+");

    /** The page's text and its block hints. */
    public record Result(String text, List<MarkupBlock> blocks) {
    }

    /**
     * Told, for a traced extraction, where each text node's first visible character went in the text, so
     * that a caller (slant check) can map text offsets back to the page's source.
     */
    public interface Trace {
        void text(TextNode node, int textOffset);
    }

    private HtmlText() {
    }

    public static Result extract(Document doc) {
        return extract(doc, null);
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

    /** As {@link #extract(Document)}, telling {@code trace} (when not null) where each text node went. */
    public static Result extract(Document doc, Trace trace) {
        Element body = doc.body() != null ? doc.body() : doc;
        Collector c = new Collector(trace);
        NodeTraversor.traverse(c, body);
        c.flush();
        return new Result(c.out.toString(), c.blocks);
    }

    private static final class Collector implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final List<MarkupBlock> blocks = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        int linkChars;
        int linkDepth;
        int skipDepth;
        Element blockElement;
        final Paths paths = new Paths();
        final Trace trace;
        final List<TextNode> pendingNodes = new ArrayList<>();
        final List<Integer> pendingAt = new ArrayList<>();

        Collector(Trace trace) {
            this.trace = trace;
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
                if (trace != null && first >= 0) {
                    pendingNodes.add(t);
                    pendingAt.add(first);
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
                }
                int start = out.length();
                out.append(cur, 0, len);
                for (int i = 0; i < pendingNodes.size(); i++) {
                    trace.text(pendingNodes.get(i), start + pendingAt.get(i));
                }
                Element e = blockElement;
                blocks.add(new MarkupBlock(start, out.length(), e == null ? "body" : e.normalName(),
                        e == null ? "body" : paths.of(e), Math.min(linkChars, len)));
            }
            cur.setLength(0);
            linkChars = 0;
            pendingNodes.clear();
            pendingAt.clear();
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

    /**
     * Ancestor paths with ids and classes, what the boilerplate features look at: every element from the
     * outermost one down to the block's own, separated by {@code >}, each written {@code tag:index#id.class}
     * where index is the element's position among its parent's elements, so that two elements never share a
     * path (the classifier groups blocks by container). At most four classes per element. Each element's
     * path is built once per page.
     */
    static final class Paths {
        private final java.util.IdentityHashMap<Element, String> cache = new java.util.IdentityHashMap<>();
        /** Each element's position among its parent's elements, filled a parent at a time (see indexOf). */
        private final java.util.IdentityHashMap<Element, Integer> index = new java.util.IdentityHashMap<>();
        private final java.util.Set<Element> indexedParents =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        String of(Element e) {
            String p = cache.get(e);
            if (p != null) {
                return p;
            }
            Element parent = e.parent();
            StringBuilder b = new StringBuilder();
            if (parent != null && !parent.normalName().equals("#root") && !e.normalName().equals("body")) {
                b.append(of(parent)).append('>');
            }
            b.append(e.normalName());
            if (parent != null && !e.normalName().equals("body")) {
                b.append(':').append(indexOf(e, parent));
            }
            if (!e.id().isEmpty()) {
                b.append('#').append(clean(e.id()));
            }
            int classes = 0;
            for (String cls : e.classNames()) {
                if (classes++ == 4) {
                    break;
                }
                b.append('.').append(clean(cls));
            }
            p = b.toString();
            cache.put(e, p);
            return p;
        }

        /**
         * What {@link Element#elementSiblingIndex()} gives, without its linear search per call: the first time
         * a parent is seen its elements are indexed in one pass, so a wide parent costs linear, not quadratic,
         * time.
         */
        private int indexOf(Element e, Element parent) {
            if (indexedParents.add(parent)) {
                List<Element> children = parent.children();
                for (int i = 0; i < children.size(); i++) {
                    index.put(children.get(i), i);
                }
            }
            return index.get(e);
        }

        /** Ids and classes go into the path without the path's own separators. */
        private static String clean(String s) {
            String t = s.length() > 40 ? s.substring(0, 40) : s;
            return t.replace('>', '-').replace('#', '-').replace('.', '-').replace(':', '-');
        }
    }

    /** The path of one element (see {@link Paths}). */
    static String path(Element e) {
        return new Paths().of(e);
    }
}
