package org.slant.check;

import java.util.List;

/**
 * A condition a metric of every article must meet, e.g. {@code label.narrator.per1k <= 2}; an article
 * whose value does not meet it breaks the threshold, which is reported with the threshold's severity.
 *
 * @param limitText the limit as written in the policy, for messages
 * @param files     globs of the articles it applies to (empty: all)
 * @param where     {@code file:line:column} of the threshold in its policy
 * @param part      which part of the policy holds it: 0 the top level, 1.. its overrides in order
 */
public record Threshold(String metric, Op op, double limit, String limitText, Severity severity,
                        List<Glob> files, String where, int part) {

    public Threshold {
        files = List.copyOf(files);
    }

    /** As written: {@code metric op limit}. */
    public String expression() {
        return metric + " " + op.symbol() + " " + limitText;
    }

    public boolean appliesTo(String path) {
        return Policy.matchesAny(files, path);
    }

    /** Whether a value breaks it. A missing value (NaN) breaks nothing: the check is skipped. */
    public boolean brokenBy(double value) {
        return !Double.isNaN(value) && !op.holds(value, limit);
    }
}
