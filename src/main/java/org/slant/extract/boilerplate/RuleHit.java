package org.slant.extract.boilerplate;

/**
 * A rule that fired on a block.
 *
 * @param covered characters of the block the match covers (the whole block for markup and detectors): a
 *                tie-breaker between rules that disagree
 */
public record RuleHit(Rule rule, int covered) {
}
