package org.slant.extract.boilerplate;

import java.util.List;

/**
 * What the classifier decided about one block, and why.
 *
 * @param rule      the rule that decided: a lexicon entry id, or {@code boilerplate.model},
 *                  {@code boilerplate.repeat}, {@code boilerplate.region}, {@code boilerplate.label-value},
 *                  {@code boilerplate.title} (content decisions other than the model's)
 * @param weight    the deciding rule's weight, or the model's probability for what it decided
 * @param reasons   every rule and feature that fired, the deciding one first
 * @param boilerplateProbability the model's probability that the block is boilerplate
 */
public record BlockDecision(Category category, String rule, double weight, List<String> reasons,
                            double boilerplateProbability) {

    public BlockDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean isContent() {
        return category == Category.CONTENT;
    }
}
