package org.slant.extract.boilerplate;

import java.util.List;

/**
 * The steps of {@link BlockClassifier} where a rule-labelled block passes its label on: a label's value
 * ("Original url:" then the URL, "Published by" then the name) and a region heading's list ("Recent Posts" then
 * its teasers).
 */
final class Regions {

    private Regions() {
    }

    /** A short value after a rule-labelled label takes the label's category. */
    static void values(List<BlockText> texts, RuleHit[] deciding, int titleBlock, Labels l) {
        for (int i = 1; i < l.n; i++) {
            if (deciding[i - 1] != null && deciding[i - 1].rule().takesValue() && deciding[i] == null
                    && i != titleBlock && isValue(texts.get(i))) {
                l.label[i] = l.label[i - 1];
                l.rule[i] = BlockClassifier.VALUE_RULE;
                l.weight[i] = deciding[i - 1].rule().weight();
                l.reasons.get(i).add(0, BlockClassifier.VALUE_RULE);
                l.reasons.get(i).add("value of " + deciding[i - 1].rule().id() + " at block " + (i - 1));
            }
        }
    }

    /** The list after a region heading ("Recent Posts") takes the heading's category. */
    static void regions(List<BlockText> texts, RuleHit[] deciding, MarkupSignals mk, boolean html, Labels l) {
        for (int r = 0; r < l.n; r++) {
            if (deciding[r] == null || !deciding[r].rule().region()) {
                continue;
            }
            Category cat = deciding[r].rule().category();
            int end = regionEnd(r, texts, mk, html);
            for (int j = r + 1; j < end; j++) {
                if (l.label[j] == Category.SPAM || (deciding[j] != null && deciding[j].rule().region())) {
                    continue;
                }
                if (l.label[j] != cat || l.rule[j].equals(BlockClassifier.MODEL_RULE)) {
                    l.label[j] = cat;
                    l.rule[j] = BlockClassifier.REGION_RULE;
                    l.weight[j] = deciding[r].rule().weight();
                    l.reasons.get(j).add(0, BlockClassifier.REGION_RULE);
                    l.reasons.get(j).add("in the list after " + deciding[r].rule().id() + " at block " + r);
                }
            }
        }
    }

    private static boolean isValue(BlockText b) {
        return b.words() <= 6 || (b.linkDensity() > 0.8 && b.words() <= 60);
    }

    /**
     * Where a region opened at block r ends (exclusive). In HTML, the region is the container the heading shares
     * with the next block, unless that container holds the article body. In plain text, it runs until prose
     * resumes: a block of 30 words or more that ends like a sentence and is not a cut-off teaser.
     */
    private static int regionEnd(int r, List<BlockText> texts, MarkupSignals mk, boolean html) {
        int n = texts.size();
        if (html && r + 1 < n) {
            MarkupTree t = mk.tree;
            int container = t.commonAncestor(t.blockNode[r], t.blockNode[r + 1]);
            if (container < 0 || t.containsMain(container) || t.nodes.get(container).proseBlocks > 2) {
                // the heading sits in the article's body: the region is only the list right after it
                int list = t.nodes.get(t.blockNode[r + 1]).parent;
                if (list < 0 || t.isAncestor(list, t.blockNode[r]) || t.nodes.get(list).proseBlocks > 2) {
                    return r + 1;
                }
                container = list;
            }
            int j = r + 1;
            while (j < n && t.isAncestor(container, t.blockNode[j])) {
                j++;
            }
            return j;
        }
        int j = r + 1;
        while (j < n) {
            BlockText b = texts.get(j);
            if (b.words() >= 30 && b.endsSentence() && !b.endsEllipsis()) {
                break;
            }
            j++;
        }
        return j;
    }
}
