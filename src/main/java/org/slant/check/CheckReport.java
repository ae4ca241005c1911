package org.slant.check;

import org.slant.model.AnalysisError;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@code slant check}: every article's check and every input error, with the counts all
 * output formats show.
 *
 * @param policy   where the policy came from ({@code default} or its file)
 * @param baseline the baseline file used, or null
 */
public record CheckReport(String toolVersion, String policy, String baseline, List<ArticleCheck> articles,
                          List<AnalysisError> errors, FailOn failOn) {

    public CheckReport {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    /** A report that fails on error-level issues (the default of {@code --fail-on}). */
    public CheckReport(String toolVersion, String policy, String baseline, List<ArticleCheck> articles,
                       List<AnalysisError> errors) {
        this(toolVersion, policy, baseline, articles, errors, FailOn.ERROR);
    }

    public CheckReport withFailOn(FailOn f) {
        return new CheckReport(toolVersion, policy, baseline, articles, errors, f);
    }

    /** Exit codes as in prose linters. */
    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int ERROR = 2;

    /**
     * Counts over all articles. Severities count reported issues only.
     *
     * @param suppressedByReason reason to count ("(no reason given)" for markers without one)
     */
    public record Summary(int articles, int failedArticles, int errors, int warnings, int infos, int thresholdsBroken,
                          int suppressed, int baselined, Map<String, Integer> suppressedByReason, int inputErrors,
                          int unchanged) {
    }

    public static final String NO_REASON = "(no reason given)";

    public Summary summary() {
        int failed = 0;
        int err = 0;
        int warn = 0;
        int info = 0;
        int broken = 0;
        int suppressed = 0;
        int baselined = 0;
        int unchanged = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (ArticleCheck a : articles) {
            if (a.failed()) {
                failed++;
            }
            for (Issue i : a.issues()) {
                switch (i.status()) {
                    case SUPPRESSED -> {
                        suppressed++;
                        reasons.merge(i.reason().isEmpty() ? NO_REASON : i.reason(), 1, Integer::sum);
                    }
                    case BASELINED -> baselined++;
                    case UNCHANGED -> unchanged++;
                    case REPORTED -> {
                        switch (i.severity()) {
                            case ERROR -> err++;
                            case WARNING -> warn++;
                            case INFO -> info++;
                            default -> {
                            }
                        }
                        if (i.type() == Issue.Type.THRESHOLD) {
                            broken++;
                        }
                    }
                }
            }
        }
        return new Summary(articles.size(), failed, err, warn, info, broken, suppressed, baselined, reasons, errors.size(),
                unchanged);
    }

    /** 2 when an input could not be read, else 1 when an issue at or above {@code failOn} is reported, else 0. */
    public int exitCode() {
        if (!errors.isEmpty()) {
            return ERROR;
        }
        boolean fails = articles.stream().flatMap(a -> a.issues().stream())
                .anyMatch(i -> i.reported() && failOn.fails(i.severity()));
        return fails ? FAIL : PASS;
    }

    /** The same report with the files of its input errors shown under other names. */
    public CheckReport renamingErrors(java.util.function.UnaryOperator<String> names) {
        return new CheckReport(toolVersion, policy, baseline, articles,
                errors.stream().map(e -> new AnalysisError(names.apply(e.file()), e.message())).toList(), failOn);
    }

    /** The same report with each article's check replaced. */
    public CheckReport map(java.util.function.UnaryOperator<ArticleCheck> f) {
        return new CheckReport(toolVersion, policy, baseline, articles.stream().map(f).toList(), errors, failOn);
    }

    /** One line: what was checked and what came out. */
    public String summaryLine() {
        Summary s = summary();
        StringBuilder b = new StringBuilder();
        b.append(s.articles()).append(s.articles() == 1 ? " article" : " articles").append(" checked");
        if (s.inputErrors() > 0) {
            b.append(", ").append(s.inputErrors()).append(" unreadable");
        }
        b.append(": ").append(s.failedArticles()).append(" failed; ")
                .append(s.errors()).append(" errors, ").append(s.warnings()).append(" warnings, ")
                .append(s.infos()).append(" info (").append(s.thresholdsBroken())
                .append(s.thresholdsBroken() == 1 ? " threshold broken); " : " thresholds broken); ")
                .append(s.suppressed()).append(" suppressed");
        if (!s.suppressedByReason().isEmpty()) {
            b.append(" (");
            String sep = "";
            for (Map.Entry<String, Integer> e : s.suppressedByReason().entrySet()) {
                b.append(sep).append(e.getValue()).append(" ").append(e.getKey().equals(NO_REASON) ? NO_REASON
                        : "\"" + Messages.clip(e.getKey(), 60) + "\"");
                sep = ", ";
            }
            b.append(")");
        }
        b.append(", ").append(s.baselined()).append(" baselined");
        if (baseline != null) {
            b.append(" (").append(baseline).append(")");
        }
        if (s.unchanged() > 0) {
            b.append(", ").append(s.unchanged()).append(" on unchanged lines");
        }
        b.append("; policy ").append(policy);
        return b.toString();
    }
}
