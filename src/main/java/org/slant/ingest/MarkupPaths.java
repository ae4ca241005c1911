package org.slant.ingest;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

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
final class MarkupPaths {
    static final int MAX_ELEMENTS = HtmlText.MAX_PATH_ELEMENTS;
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
        return info.outer() + '>' + HtmlText.SKIPPED + (info.depth() - MAX_ELEMENTS) + '>' + String.join(">", inner);
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
