package org.slant.extract.boilerplate;

import java.util.List;

/**
 * What an HTML page's markup says about each of its blocks: whether it sits in the main container or in an element
 * marked as outside the article, the link density of its container, and the nearest markup hint (its distance,
 * kind and rule). All empty for plain text.
 */
final class MarkupSignals {

    /**
     * The markup rule of comment threads: readers' text under the post, which on the WCXB pages is the article's
     * text in about one word in a hundred, against four in ten for an author box or a byline (also marked outside).
     */
    static final String COMMENTS_RULE = "markup.comments";

    MarkupTree tree;
    /** in the main container (or a chosen sibling) and not beneath an element marked as outside the article */
    boolean[] inMain;
    /** in the main container (or a chosen sibling), marked elements included: the model's feature */
    boolean[] inContainer;
    /** beneath an element whose markup marks it as outside the article (a comment thread, a caption) */
    boolean[] outside;
    /** beneath a comment thread (an element the {@link #COMMENTS_RULE} marks as outside the article) */
    boolean[] comments;
    /** the markup rule that marks it so, or null */
    String[] outsideRule;
    double[] containerLinks;
    /** distance to the nearest element with a boilerplate hint (1 = the block's own element), 0 when none */
    int[] hintBoiler;
    boolean[] hintContent;
    Category[] hintCategory;
    String[] hintRule;

    static MarkupSignals none(int n) {
        MarkupSignals m = new MarkupSignals();
        m.inMain = new boolean[n];
        m.inContainer = new boolean[n];
        m.outside = new boolean[n];
        m.comments = new boolean[n];
        m.outsideRule = new String[n];
        m.containerLinks = new double[n];
        m.hintBoiler = new int[n];
        m.hintContent = new boolean[n];
        m.hintCategory = new Category[n];
        m.hintRule = new String[n];
        return m;
    }

    /** @param fragment the fragment factor of the container's climb ({@link Tuning#fragment}) */
    static MarkupSignals of(List<BlockText> texts, BoilerplateRules rules, double fragment) {
        int n = texts.size();
        MarkupSignals m = none(n);
        m.tree = MarkupTree.build(texts, rules::markupRulesFor, fragment);
        for (int i = 0; i < n; i++) {
            m.inMain[i] = m.tree.top >= 0 && m.tree.inMain(i);
            m.inContainer[i] = m.tree.top >= 0 && m.tree.inContainer(i);
            m.outsideRule[i] = m.tree.outsideRule(i);
            m.outside[i] = m.outsideRule[i] != null;
            m.comments[i] = m.outside[i] && m.tree.beneathOutside(i, COMMENTS_RULE);
            m.containerLinks[i] = m.tree.containerLinkDensity(i);
            int distance = 1;
            for (int node = m.tree.blockNode[i]; node >= 0; node = m.tree.nodes.get(node).parent, distance++) {
                for (Rule r : m.tree.nodes.get(node).rules) {
                    if (r.category() == Category.CONTENT) {
                        m.hintContent[i] = true;
                    } else if (m.hintBoiler[i] == 0) {
                        m.hintBoiler[i] = distance;
                        m.hintCategory[i] = r.category();
                        m.hintRule[i] = r.id();
                    }
                }
            }
        }
        return m;
    }
}
