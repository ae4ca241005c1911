package org.slant.extract.boilerplate;

import java.util.List;

/**
 * The blocks of one article with their decisions and the features the model saw (for training and reports).
 *
 * @param modelBlocks the blocks the model decided first (no deciding rule, not the headline): the rows it is
 *                    trained on
 * @param titleBlock  the headline's block, or -1 when none was recognised
 */
public record Classification(List<BlockText> texts, List<BlockDecision> decisions, double[][] features,
                             boolean[] modelBlocks, int titleBlock) {

    public Classification {
        texts = List.copyOf(texts);
        decisions = List.copyOf(decisions);
    }

    public int size() {
        return texts.size();
    }

    public Category category(int block) {
        return decisions.get(block).category();
    }
}
