package org.slant.check;

import java.util.List;

/**
 * One test case of an article's check, as JUnit output shows it: a threshold, or a group of findings
 * (the policy setting that decided their severity). It fails when it holds an error-level issue.
 *
 * @param kind   {@code threshold}, {@code rules} or {@code markers}
 * @param issues the issues in it (all statuses)
 */
public record Case(String name, String kind, Result result, String message, List<Issue> issues) {

    public enum Result { PASS, FAIL, SKIP }

    public Case {
        issues = List.copyOf(issues);
    }
}
