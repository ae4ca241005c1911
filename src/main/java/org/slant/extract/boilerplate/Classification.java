package org.slant.extract.boilerplate;

import java.util.List;

/** The blocks of one article with their decisions and the features the model saw (for training and reports). */
public record Classification(List<BlockText> texts, List<BlockDecision> decisions, double[][] features) {

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
