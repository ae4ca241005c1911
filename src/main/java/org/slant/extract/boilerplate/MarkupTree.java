package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The element tree behind an HTML article's blocks, rebuilt from their ancestor paths (which {@code HtmlText}
 * writes in document order with unique element positions, so a stack suffices: no hashing of long keys), and
 * the main container chosen on it in the manner of Readability: each prose block scores its parent fully, its
 * grandparent half and higher ancestors less; a container's score is discounted by its link density and nudged
 * by its own tag and class words; the best container and its strong siblings hold the article. An element whose
 * markup rule marks it as outside the article (a comment thread, an author box, a caption, a page footer: see
 * {@code outside_article} in {@code lexicons/boilerplate/markup.yaml}) is left out, as Readability strips its
 * "unlikely candidates": its prose scores for no container, and it is not part of the article even inside its
 * container. The choice itself is {@link MainContainer}'s.
 */
final class MarkupTree {

    /** Per element: parent, own tag and class words, and what its blocks add up to. */
    static final class Node {
        final int parent;
        final int depth;
        final MarkupPath.Element element;
        double score;
        int nonSpace;
        int linkChars;
        int proseBlocks;
        /** blocks beneath (the node's own included) */
        int blocks;
        /** the prose score of every block beneath, undecayed */
        double prose;
        boolean main;
        /** the element's own markup marks it as outside the article (never the page's body) */
        boolean outside;
        /** the markup rules the element matches by its own tag and class words */
        List<Rule> rules = List.of();

        Node(int parent, int depth, MarkupPath.Element element) {
            this.parent = parent;
            this.depth = depth;
            this.element = element;
        }
    }

    final List<Node> nodes = new ArrayList<>();
    /** For each block, the node of its own element. */
    final int[] blockNode;
    /** The chosen main container, or -1 when no block reads like prose. */
    int top = -1;

    private MarkupTree(int blocks) {
        this.blockNode = new int[blocks];
    }

    /**
     * Builds the tree and chooses the main container.
     *
     * @param rulesFor the markup rules an element matches by its own tag and class words
     */
    static MarkupTree build(List<BlockText> texts, java.util.function.Function<MarkupPath.Element, List<Rule>> rulesFor) {
        return build(texts, rulesFor, Tuning.SHIPPED.fragment());
    }

    /** As {@link #build(List, java.util.function.Function)}, with this fragment factor for the climb ({@link MainContainer}). */
    static MarkupTree build(List<BlockText> texts, java.util.function.Function<MarkupPath.Element, List<Rule>> rulesFor,
                            double fragment) {
        MarkupTree t = new MarkupTree(texts.size());
        List<int[]> stack = new ArrayList<>(); // {end offset of the element in the path, node id}
        String prev = "";
        for (int i = 0; i < texts.size(); i++) {
            String path = texts.get(i).markup() == null || texts.get(i).markup().path().isEmpty()
                    ? "body" : texts.get(i).markup().path();
            int common = commonElements(prev, path);
            while (!stack.isEmpty() && stack.get(stack.size() - 1)[0] > common) {
                stack.remove(stack.size() - 1);
            }
            int from = stack.isEmpty() ? 0 : stack.get(stack.size() - 1)[0] + 1;
            while (from < path.length()) {
                int to = path.indexOf('>', from);
                if (to < 0) {
                    to = path.length();
                }
                int parent = stack.isEmpty() ? -1 : stack.get(stack.size() - 1)[1];
                MarkupPath.Element e = MarkupPath.parse(path.substring(from, to)).elements().get(0);
                Node node = new Node(parent, stack.size(), e);
                node.rules = rulesFor.apply(e);
                node.outside = !e.tag().equals("body") && !e.tag().equals("html") && markedOutside(node.rules, e);
                t.nodes.add(node);
                stack.add(new int[]{to, t.nodes.size() - 1});
                from = to + 1;
            }
            t.blockNode[i] = stack.get(stack.size() - 1)[1];
            prev = path;
        }
        new MainContainer(t, fragment).choose(texts);
        return t;
    }

    /** Offset just past the last whole element the two paths share (0 when none). */
    static int commonElements(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // the shared prefix must end at an element boundary in both paths
        boolean aEnds = i == a.length() || a.charAt(i) == '>';
        boolean bEnds = i == b.length() || b.charAt(i) == '>';
        if (aEnds && bEnds) {
            return i;
        }
        int cut = a.lastIndexOf('>', i - 1);
        return Math.max(cut, 0);
    }

    private static boolean markedOutside(List<Rule> rules, MarkupPath.Element e) {
        for (Rule r : rules) {
            if (r.markup() != null && r.markup().outside(e)) {
                return true;
            }
        }
        return false;
    }

    /** +1 when the element's own markup hints at an article body, -1 when it hints at boilerplate, else 0. */
    static int hint(Node node) {
        int h = 0;
        for (Rule r : node.rules) {
            if (r.category() != Category.CONTENT) {
                return -1;
            }
            h = 1;
        }
        return h;
    }

    /**
     * True when the block sits inside the main container or one of its chosen siblings, and not inside an element
     * marked as outside the article on the way there (a comment thread below the story in the same container).
     */
    boolean inMain(int block) {
        boolean outside = false;
        for (int n = blockNode[block]; n >= 0; n = nodes.get(n).parent) {
            if (nodes.get(n).main) {
                return !outside;
            }
            outside |= nodes.get(n).outside;
        }
        return false;
    }

    /** True when the block sits inside the main container or one of its chosen siblings, marked elements included. */
    boolean inContainer(int block) {
        for (int n = blockNode[block]; n >= 0; n = nodes.get(n).parent) {
            if (nodes.get(n).main) {
                return true;
            }
        }
        return false;
    }

    /** The markup rule that marks the block or one of its ancestors as outside the article, or null. */
    String outsideRule(int block) {
        for (int n = blockNode[block]; n >= 0; n = nodes.get(n).parent) {
            Node node = nodes.get(n);
            if (node.outside) {
                for (Rule r : node.rules) {
                    if (r.markup() != null && r.markup().outside(node.element)) {
                        return r.id();
                    }
                }
            }
        }
        return null;
    }

    /** True when the block sits beneath an element that the given markup rule marks as outside the article. */
    boolean beneathOutside(int block, String ruleId) {
        for (int n = blockNode[block]; n >= 0; n = nodes.get(n).parent) {
            Node node = nodes.get(n);
            if (node.outside) {
                for (Rule r : node.rules) {
                    if (r.id().equals(ruleId) && r.markup() != null && r.markup().outside(node.element)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Link density of the block's nearest ancestor that holds at least three blocks (its list, card or section). */
    double containerLinkDensity(int block) {
        for (int k = blockNode[block]; k >= 0; k = nodes.get(k).parent) {
            Node node = nodes.get(k);
            if (node.blocks >= 3) {
                return node.nonSpace == 0 ? 0 : (double) node.linkChars / node.nonSpace;
            }
        }
        return 0;
    }

    /** True when {@code ancestor} is {@code node} or one of its ancestors. */
    boolean isAncestor(int ancestor, int node) {
        for (int k = node; k >= 0; k = nodes.get(k).parent) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The lowest node that is an ancestor of both (or -1). */
    int commonAncestor(int a, int b) {
        for (int k = a; k >= 0; k = nodes.get(k).parent) {
            if (isAncestor(k, b)) {
                return k;
            }
        }
        return -1;
    }

    /** True when the node is the main container, one of its chosen siblings, or an ancestor of one. */
    boolean containsMain(int node) {
        if (top < 0) {
            return false;
        }
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k).main && isAncestor(node, k)) {
                return true;
            }
        }
        return false;
    }

    /** A block that reads like prose: enough words, few of them in links. */
    static boolean prose(BlockText b) {
        return b.words() >= 8 && b.linkDensity() < 0.5 && b.commas() + b.sentenceEnds() > 0;
    }
}
