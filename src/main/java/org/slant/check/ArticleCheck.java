package org.slant.check;

import java.util.List;

/**
 * The check of one article.
 *
 * @param file   the file as given on the command line (with {@code :line} for JSONL)
 * @param path   the path globs and the baseline match on ({@code /} separators, no {@code ./})
 * @param issues every issue, reported or not, findings in text order, then thresholds, then marker problems
 * @param cases  the test cases (thresholds and finding groups), for JUnit
 * @param note   set when positions index the raw text rather than the source file
 * @param recordLine for a JSONL article, its line in the file (positions name that line); else 0
 */
public record ArticleCheck(String id, String file, String path, String format, List<Issue> issues,
                           List<Case> cases, String note, int recordLine) {

    public ArticleCheck {
        issues = List.copyOf(issues);
        cases = List.copyOf(cases);
    }

    /**
     * Where an issue is, as every format reports it: its source region; line 1 for thresholds (they
     * concern the whole article); the record's line for JSONL articles (whose text is a JSON string).
     */
    public Location location(Issue i) {
        if (recordLine > 0) {
            return new Location(recordLine, 1, recordLine, 1, -1, -1);
        }
        if (i.region() == null) {
            return new Location(1, 1, 1, 1, -1, -1);
        }
        SourceView.Region r = i.region();
        return new Location(r.start().line(), r.start().column(), r.end().line(), r.end().column(),
                r.start().offset(), r.length());
    }

    public boolean failed() {
        return issues.stream().anyMatch(Issue::fails);
    }

    public List<Issue> reported() {
        return issues.stream().filter(Issue::reported).toList();
    }

    /** What the baseline knows the article by: its path, and for JSONL its id too (line numbers shift). */
    public String baselineKey() {
        return format.equals("jsonl") ? path + "#" + id : path;
    }
}
