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

    /** In a block's markup path, the element that stands for the ones a very long path leaves out. */
    public static final String SKIPPED = "~skipped:";
    /** The most elements a block's markup path names (see {@link Paths}). */
    public static final int MAX_PATH_ELEMENTS = 64;

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
     * path (the classifier groups blocks by container). At most four classes per element.
     * <p>
     * A path longer than {@value #MAX_ELEMENTS} elements keeps its outer and inner {@value #HALF} and writes
     * {@code ~skipped:N} for the N between ({@link HtmlText#SKIPPED}): a page nested 100,000 deep would otherwise cost
     * time and memory quadratic in its depth, in every stage that reads paths. Built without recursion (a
     * deep page overflowed the stack), each element's own segment and depth once per page.
     */
    static final class Paths {
        static final int MAX_ELEMENTS = MAX_PATH_ELEMENTS;
        static final int HALF = MAX_ELEMENTS / 2;

        /** An element's depth (1 for the outermost), own segment, whole path when not long, and outer half. */
        private record Info(int depth, String segment, String full, String outer) {
        }

        private final java.util.IdentityHashMap<Element, Info> infos = new java.util.IdentityHashMap<>();
        /** Each element's position among its parent's elements, filled a parent at a time (see indexOf). */
        private final java.util.IdentityHashMap<Element, Integer> index = new java.util.IdentityHashMap<>();
        private final java.util.Set<Element> indexedParents =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        String of(Element e) {
            Info info = info(e);
            if (info.full() != null) {
                return info.full();
            }
            java.util.ArrayDeque<String> inner = new java.util.ArrayDeque<>();
            Element cur = e;
            for (int i = 0; i < HALF; i++) {
                inner.addFirst(info(cur).segment());
                cur = cur.parent();
            }
            return info.outer() + '>' + SKIPPED + (info.depth() - MAX_ELEMENTS) + '>' + String.join(">", inner);
        }

        /** Whether the path stops at this element: the body, or an element of the document itself. */
        private static boolean outermost(Element e) {
            Element parent = e.parent();
            return parent == null || parent.normalName().equals("#root") || e.normalName().equals("body");
        }

        private Info info(Element e) {
            Info known = infos.get(e);
            if (known != null) {
                return known;
            }
            List<Element> chain = new ArrayList<>(); // e and its ancestors not seen yet, innermost first
            for (Element cur = e; ; cur = cur.parent()) {
                chain.add(cur);
                if (outermost(cur) || infos.containsKey(cur.parent())) {
                    break;
                }
            }
            Info info = null;
            for (int k = chain.size() - 1; k >= 0; k--) {
                Element x = chain.get(k);
                Info up = outermost(x) ? null : infos.get(x.parent());
                int depth = up == null ? 1 : up.depth() + 1;
                String segment = segment(x);
                String full = depth > MAX_ELEMENTS ? null : up == null ? segment : up.full() + '>' + segment;
                String outer = depth == HALF ? full : depth > HALF ? up.outer() : null;
                info = new Info(depth, segment, full, outer);
                infos.put(x, info);
            }
            return info;
        }

        private String segment(Element e) {
            Element parent = e.parent();
            StringBuilder b = new StringBuilder();
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
            return b.toString();
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
