package org.slant.extract.boilerplate;

import java.util.List;

/**
 * Chooses the main container on a {@link MarkupTree} in the manner of Readability: each prose block scores its
 * parent fully, its grandparent half and higher ancestors less; a container's score is discounted by its link
 * density and nudged by its own tag and class words; the best container, widened to the article it is part of,
 * and its strong siblings hold the article. An element marked as outside the article is left out, as
 * Readability strips its "unlikely candidates"; when that leaves no article, the container is chosen with those
 * elements in.
 */
final class MainContainer {

    private final MarkupTree t;
    /**
     * A container holding less than 1/fragment of an ancestor's prose is a fragment of what the ancestor holds
     * ({@link Tuning#fragment}: chosen from a grid inside the cross-validation of {@code slant eval wcxb}).
     */
    private final double fragment;

    MainContainer(MarkupTree tree, double fragment) {
        this.t = tree;
        this.fragment = fragment;
    }

    /** Scores the blocks' ancestors and marks the main container (and its chosen siblings) on the tree. */
    void choose(List<BlockText> texts) {
        boolean[] beneathOutside = new boolean[texts.size()];
        int beneathProse = 0;
        for (int i = 0; i < texts.size(); i++) {
            BlockText b = texts.get(i);
            for (int n = t.blockNode[i]; n >= 0; n = t.nodes.get(n).parent) {
                MarkupTree.Node node = t.nodes.get(n);
                node.nonSpace += b.nonSpace();
                node.linkChars += b.linkChars();
                node.blocks++;
                beneathOutside[i] |= node.outside;
            }
            if (beneathOutside[i] && MarkupTree.prose(b)) {
                beneathProse += b.nonSpace();
            }
        }
        choose(texts, beneathOutside);
        // Readability's retry: when what is left is too short to be an article and a marked element holds a long
        // text (the story sat in an author box that a broken page never closed), choose again with those elements in
        if (beneathProse > 0 && (t.top < 0 || (mainProse(texts) < MIN_ARTICLE && beneathProse >= 4 * MIN_ARTICLE))) {
            for (MarkupTree.Node node : t.nodes) {
                node.score = 0;
                node.prose = 0;
                node.proseBlocks = 0;
                node.main = false;
            }
            t.top = -1;
            choose(texts, null);
        }
    }

    /** Non-space characters of the prose blocks in the main container: under this, it holds no article. */
    private static final int MIN_ARTICLE = 400;

    private int mainProse(List<BlockText> texts) {
        int chars = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (t.top >= 0 && MarkupTree.prose(texts.get(i)) && t.inMain(i)) {
                chars += texts.get(i).nonSpace();
            }
        }
        return chars;
    }

    /** Scores the prose blocks (but those beneath a marked element, when given) and marks the main container. */
    private void choose(List<BlockText> texts, boolean[] skip) {
        for (int i = 0; i < texts.size(); i++) {
            BlockText b = texts.get(i);
            if (!MarkupTree.prose(b) || (skip != null && skip[i])) {
                continue;
            }
            double s = 1 + Math.min(b.commas(), 10) + Math.min(3, b.nonSpace() / 100.0);
            int level = 0;
            for (int n = t.blockNode[i]; n >= 0; n = t.nodes.get(n).parent) {
                MarkupTree.Node node = t.nodes.get(n);
                node.proseBlocks++;
                node.prose += s;
                // the block's own element counts as its parent when it holds the text directly (a div)
                node.score += level <= 1 ? s : level == 2 ? s / 2 : s / (level * 3.0);
                level++;
            }
        }
        double best = 0;
        for (int n = 0; n < t.nodes.size(); n++) {
            MarkupTree.Node node = t.nodes.get(n);
            if (node.score <= 0) {
                continue;
            }
            double ld = node.nonSpace == 0 ? 0 : (double) node.linkChars / node.nonSpace;
            double adjusted = node.score * (1 - ld) * (1 + 0.25 * MarkupTree.hint(node));
            node.score = adjusted;
            if (adjusted > best) {
                best = adjusted;
                t.top = n;
            }
        }
        if (t.top < 0) {
            return;
        }
        t.top = widen(t.top);
        markMain(t.top);
        // siblings that hold a real share of prose (a fifth of the container's, as Readability asks of a sibling's
        // score), with few links, belong to the article too
        int parent = t.nodes.get(t.top).parent;
        double threshold = Math.max(2, t.nodes.get(t.top).prose * 0.2);
        if (parent >= 0) {
            for (int n = 0; n < t.nodes.size(); n++) {
                MarkupTree.Node node = t.nodes.get(n);
                double ld = node.nonSpace == 0 ? 0 : (double) node.linkChars / node.nonSpace;
                if (n != t.top && node.parent == parent && node.prose >= threshold && ld <= 0.3 && !node.outside) {
                    markMain(n);
                }
            }
        }
    }

    /**
     * Readability's decay (a grandparent gets half, higher ancestors a ninth or less) favours one section of an
     * article split into many. Climb while the parent adds no prose of its own (it only wraps this node with
     * headings, pictures or buttons) or holds clearly more prose (30% or more), provided it does not turn into a
     * link list (link density at most 0.3) and is not the page's body. Page builders wrap each section in many
     * levels of divs: climbs through mere wrappers are free, climbs that add prose are at most {@link #MAX_WIDEN}.
     */
    private int widen(int n) {
        int cur = n;
        int steps = 0;
        while (steps < MAX_WIDEN) {
            MarkupTree.Node node = t.nodes.get(cur);
            if (node.parent < 0) {
                break;
            }
            MarkupTree.Node parent = t.nodes.get(node.parent);
            double ld = parent.nonSpace == 0 ? 0 : (double) parent.linkChars / parent.nonSpace;
            boolean wraps = parent.prose <= node.prose + 1e-9;
            if (parent.parent < 0 || parent.element.tag().equals("body") || ld > 0.3) {
                break;
            }
            if (!(wraps || parent.prose >= 1.3 * node.prose)) {
                // a parent adding a little (a figure's caption, one short paragraph) can hide a grandparent holding
                // the rest of an article that a page builder split into many sections
                int far = fragmentOf(cur);
                if (far < 0) {
                    break;
                }
                cur = far;
                steps++;
                continue;
            }
            cur = node.parent;
            if (!wraps) {
                steps++;
            }
        }
        return cur;
    }

    /** How far above a fragment to look for the article it belongs to. */
    private static final int LOOK_UP = 6;

    /**
     * The lowest ancestor within {@link #LOOK_UP} levels that holds {@link #fragment} times the node's prose or more, reached
     * without passing the page's body or a link list (link density above 0.3), or -1.
     */
    private int fragmentOf(int n) {
        double own = t.nodes.get(n).prose;
        int cur = t.nodes.get(n).parent;
        for (int level = 0; level < LOOK_UP && cur >= 0; level++) {
            MarkupTree.Node node = t.nodes.get(cur);
            double ld = node.nonSpace == 0 ? 0 : (double) node.linkChars / node.nonSpace;
            if (node.parent < 0 || node.element.tag().equals("body") || ld > 0.3) {
                return -1;
            }
            if (node.prose >= fragment * own) {
                return cur;
            }
            cur = node.parent;
        }
        return -1;
    }

    private static final int MAX_WIDEN = 6;

    private void markMain(int n) {
        t.nodes.get(n).main = true;
    }

}
