package org.slant.extract.boilerplate;

import java.util.List;

/**
 * A rule that fired on a block.
 *
 * @param covered characters of the block the match covers (the whole block for markup and detectors): a
 *                tie-breaker between rules that disagree
 */
public record RuleHit(Rule rule, int covered) {

    /** Tie-break between deciding rules of equal weight and coverage: the more specific kinds first. */
    private static final List<Category> PRIORITY = List.of(Category.SPAM, Category.LEGAL, Category.PROMO,
            Category.SHARE, Category.CAPTION, Category.META, Category.NAVIGATION);

    /** The deciding hit: highest weight, then the largest share of the block, then the more specific kind. */
    static RuleHit strongest(List<RuleHit> hits) {
        RuleHit best = null;
        for (RuleHit h : hits) {
            if (!h.rule().decides()) {
                continue;
            }
            if (best == null || compare(h, best) > 0) {
                best = h;
            }
        }
        return best;
    }

    private static int compare(RuleHit a, RuleHit b) {
        int c = Double.compare(a.rule().weight(), b.rule().weight());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.covered(), b.covered());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(PRIORITY.indexOf(b.rule().category()), PRIORITY.indexOf(a.rule().category()));
        return c != 0 ? c : b.rule().id().compareTo(a.rule().id());
    }
}
