package org.slant.check;

import org.slant.batch.CorpusRunner;
import org.slant.batch.ResultSink;
import org.slant.batch.RunOptions;
import org.slant.batch.StreamSummary;
import org.slant.compare.Analysis;
import org.slant.compare.Comparison;
import org.slant.model.AnalysisError;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.model.Voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates analysed articles against a policy: gives each finding its severity, checks the thresholds,
 * applies the inline markers and the baseline, and groups everything into test cases.
 */
public final class Checker {

    /** Rule id of problems with suppression markers (an unknown name, an unknown marker word). */
    public static final String MARKER_RULE = "slant.marker";

    private final Policy policy;
    private final Vocabulary vocabulary;
    private final Baseline baseline;
    private final String version;
    private java.util.function.UnaryOperator<String> shown = s -> s;

    /** @param baseline the accepted issues, or null */
    public Checker(Policy policy, Vocabulary vocabulary, Baseline baseline, String version) {
        this.policy = policy;
        this.vocabulary = vocabulary;
        this.baseline = baseline;
        this.version = version;
    }

    /**
     * Analyses and checks every article under the paths; none is sampled, as a gate must see them all. Only a
     * policy with a threshold on a comparison metric ({@code reuse.*}) makes the articles wait for one another:
     * then all are held and compared. Otherwise each is checked as it arrives and only its issues are kept,
     * so memory does not grow with the articles' text and a single article skips the comparison altogether.
     */
    /**
     * Shows each article's file under another name in the check (globs, baseline keys and messages match it):
     * the name given to the article read from standard input.
     */
    public Checker showingFiles(java.util.function.UnaryOperator<String> names) {
        this.shown = names;
        return this;
    }

    /** @param runner runs the analysis (its store gives the lexicons) */
    public CheckReport checkAll(CorpusRunner runner, List<String> paths, RunOptions options) {
        return checkAll(runner, paths, options, file -> false);
    }

    /**
     * As {@link #checkAll(CorpusRunner, List, RunOptions)}, leaving out the articles whose file (as given, with
     * {@code :line} for JSONL) {@code skip} accepts: the unchanged ones of {@code --changed-since}. With a
     * threshold on a comparison metric they are still compared with the others, but not checked.
     */
    public CheckReport checkAll(CorpusRunner runner, List<String> paths, RunOptions options,
                                java.util.function.Predicate<String> skip) {
        if (policy.thresholdOnAny(Comparison.METRICS)) {
            Analysis all = runner.analyzeAll(paths, options.withSampleLimit(Integer.MAX_VALUE), null);
            List<ArticleCheck> kept = all.articles().stream()
                    .filter(r -> r.article().file() == null || !skip.test(r.article().file()))
                    .map(this::check).toList();
            return new CheckReport(version, policy.source(), baseline == null ? null : baseline.source(), kept,
                    all.errors());
        }
        List<ArticleCheck> checks = new ArrayList<>();
        StreamSummary s = runner.stream(paths, options, new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                checks.add(check(r));
            }

            @Override
            public void error(AnalysisError e) {
                // listed in the summary's errors
            }
        }, skip);
        return new CheckReport(version, policy.source(), baseline == null ? null : baseline.source(), checks,
                s.errors());
    }

    public CheckReport check(Analysis analysis) {
        List<ArticleResult> results = analysis.articles();
        // source files are read again (markers, HTML positions): spread that over the cores for large batches
        List<ArticleCheck> checks = (results.size() >= 64 ? results.parallelStream() : results.stream())
                .map(this::check).toList();
        return new CheckReport(version, policy.source(), baseline == null ? null : baseline.source(), checks,
                analysis.errors());
    }

    public ArticleCheck check(ArticleResult r) {
        Article a = r.article();
        String file = shown.apply(a.file());
        String path = path(a.format(), file == null ? a.id() : file);
        SourceView src = Sources.of(a);
        Suppressions suppressions = new Suppressions(src.markers());
        String fallbackGroup = "other findings (default: " + policy.fallback().id() + ")";
        List<Issue> issues = new ArrayList<>();
        List<RuleSetting> settings = policy.rulesFor(path);
        for (Finding f : r.findings()) {
            Policy.Decision d = policy.decide(f, settings);
            if (!d.severity().reported()) {
                continue;
            }
            SourceView.Region region = src.region(f.start(), f.end());
            String group = d.setting() == null ? fallbackGroup : d.setting().label();
            Issue issue = new Issue(Issue.Type.FINDING, d.severity(), Issue.Status.REPORTED, "", f.rule(), f.kind(),
                    f.voice(), f.text(), Messages.finding(f), region, group,
                    Messages.context(a.raw(), f.start(), f.end()), f, null, Double.NaN);
            Marker m = suppressions.covering(f, region.start().offset(), region.start().line());
            issues.add(m == null ? issue : issue.withStatus(Issue.Status.SUPPRESSED, m.reason()));
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (Threshold t : policy.thresholdsFor(path)) {
            if (t.severity().reported()) {
                thresholds.add(t);
            }
        }
        for (Threshold t : thresholds) {
            double value = r.metric(t.metric());
            if (t.brokenBy(value)) {
                Issue issue = new Issue(Issue.Type.THRESHOLD, t.severity(), Issue.Status.REPORTED, "", t.metric(),
                        "threshold", Voice.NONE, "", Messages.threshold(t, value), null, t.expression(), "", null, t, value);
                Marker m = suppressions.namingMetric(t.metric());
                issues.add(m == null ? issue : issue.withStatus(Issue.Status.SUPPRESSED, m.reason()));
            }
        }
        List<Issue> markerIssues = markerProblems(src);
        issues.addAll(markerIssues);
        if (baseline != null) {
            Baseline.Matcher matcher = baseline.matcher(key(a, path));
            issues.replaceAll(i -> i.reported() && i.type() != Issue.Type.MARKER && matcher.matches(i)
                    ? i.withStatus(Issue.Status.BASELINED, "in the baseline " + baseline.source()) : i);
        }
        return new ArticleCheck(a.id(), file, path, a.format(), issues,
                cases(r, path, issues, thresholds, fallbackGroup), src.note(), recordLine(a));
    }

    /** Test cases: one per finding group (policy setting), one per threshold, one for marker problems. */
    private List<Case> cases(ArticleResult r, String path, List<Issue> issues, List<Threshold> thresholds,
                             String fallbackGroup) {
        Map<String, List<Issue>> groups = new LinkedHashMap<>();
        for (RuleSetting s : policy.rulesFor(path)) {
            if (!allOff(s)) {
                groups.putIfAbsent(s.label(), new ArrayList<>());
            }
        }
        if (policy.fallback().reported()) {
            groups.putIfAbsent(fallbackGroup, new ArrayList<>());
        }
        List<Issue> markers = new ArrayList<>();
        for (Issue i : issues) {
            if (i.type() == Issue.Type.FINDING) {
                groups.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i);
            } else if (i.type() == Issue.Type.MARKER) {
                markers.add(i);
            }
        }
        List<Case> out = new ArrayList<>();
        groups.forEach((name, list) -> out.add(caseOf(name, "rules", list, null)));
        for (Threshold t : thresholds) {
            double value = r.metric(t.metric());
            Issue broken = issues.stream().filter(i -> i.threshold() == t).findFirst().orElse(null);
            if (broken != null) {
                out.add(caseOf(t.expression(), "threshold", List.of(broken), broken.message()));
            } else if (Double.isNaN(value)) {
                out.add(new Case(t.expression(), "threshold", Case.Result.SKIP,
                        t.metric() + " is not computed for this article", List.of()));
            } else {
                out.add(new Case(t.expression(), "threshold", Case.Result.PASS,
                        t.metric() + " is " + Messages.number(value), List.of()));
            }
        }
        if (!markers.isEmpty()) {
            out.add(caseOf("suppression markers", "markers", markers, null));
        }
        return out;
    }

    private static boolean allOff(RuleSetting s) {
        if (s.all() != null && s.all().reported()) {
            return false;
        }
        return s.byVoice().values().stream().noneMatch(Severity::reported);
    }

    private List<Issue> markerProblems(SourceView src) {
        List<Issue> out = new ArrayList<>();
        for (Markers.Bad b : src.badMarkers()) {
            out.add(markerIssue(src, b.start(), b.message()));
        }
        // each unknown name is compared with the whole vocabulary once, however many markers repeat it
        Map<String, List<String>> nearOf = new java.util.HashMap<>();
        for (Marker m : src.markers()) {
            for (String name : m.names()) {
                if (vocabulary.kindOf(name) == null && !vocabulary.isMetric(name)) {
                    List<String> near = nearOf.computeIfAbsent(name, vocabulary::nearSelectors);
                    out.add(markerIssue(src, m.start(), "unknown name '" + Markers.clip(name) + "' in "
                            + m.type().word() + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)")));
                }
            }
        }
        return out;
    }

    private static Issue markerIssue(SourceView src, int sourceOffset, String message) {
        SourceView.Position p = src.position(sourceOffset);
        return new Issue(Issue.Type.MARKER, Severity.WARNING, Issue.Status.REPORTED, "", MARKER_RULE, "marker",
                Voice.NONE, "", message, new SourceView.Region(p, p), "suppression markers", "", null, null, Double.NaN);
    }

    private static Case caseOf(String name, String kind, List<Issue> issues, String message) {
        boolean fail = issues.stream().anyMatch(Issue::fails);
        String msg = message;
        if (msg == null) {
            long reported = issues.stream().filter(Issue::reported).count();
            msg = reported + (reported == 1 ? " finding" : " findings");
        }
        return new Case(name, kind, fail ? Case.Result.FAIL : Case.Result.PASS, msg, issues);
    }

    /** The path globs match: the file as given, '/' separators, no "./", without a JSONL line number. */
    static String path(Article a) {
        return path(a.format(), a.file() == null ? a.id() : a.file());
    }

    private static String path(String format, String file) {
        String f = file;
        if (format.equals("jsonl")) {
            int colon = f.lastIndexOf(':');
            if (colon > 0 && f.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                f = f.substring(0, colon);
            }
        }
        return Glob.normalize(f);
    }

    /** The line of a JSONL article's record (its file is {@code path:line}), else 0. */
    static int recordLine(Article a) {
        if (!a.format().equals("jsonl") || a.file() == null) {
            return 0;
        }
        int colon = a.file().lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(a.file().substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String key(Article a, String path) {
        return a.format().equals("jsonl") ? path + "#" + a.id() : path;
    }
}
