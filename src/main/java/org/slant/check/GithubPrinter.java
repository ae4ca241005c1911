package org.slant.check;

import org.slant.model.AnalysisError;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice file=...,line=...,col=...::message}
 * annotation per reported issue and per unreadable input, and a closing notice with the counts. GitHub shows
 * at most {@value #PER_LEVEL} annotations of each level per step and drops the rest without a word, so no
 * more than that are printed per level (one notice is kept for the summary); the others go, as a Markdown
 * table, to the step summary file when {@code GITHUB_STEP_SUMMARY} names one, and the closing notice says
 * how many were left out and where they are. Values are escaped as GitHub's runner unescapes them
 * ({@code %}, CR and LF in messages; also {@code :} and {@code ,} in properties), and article text is
 * flattened to one line, so no article can start a workflow command of its own.
 */
final class GithubPrinter implements CheckPrinter {

    /** Annotations GitHub shows per level in one step. */
    static final int PER_LEVEL = 10;

    private final Path stepSummary;

    /** @param stepSummary the file GitHub renders under the job ({@code GITHUB_STEP_SUMMARY}), or null */
    GithubPrinter(Path stepSummary) {
        this.stepSummary = stepSummary;
    }

    private record Annotation(String level, String file, Location at, String title, String message) {
    }

    @Override
    public void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) throws IOException {
        Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
        List<Annotation> rest = new ArrayList<>();
        for (AnalysisError e : report.errors()) {
            emit(new Annotation("error", e.file(), null, "slant input error", e.message()), Severity.ERROR, shown, rest, out);
        }
        for (ArticleCheck a : report.articles()) {
            for (Issue i : a.reported()) {
                Annotation an = new Annotation(command(i.severity()), a.path(), a.location(i),
                        "slant " + i.severity().id() + " " + i.rule(), i.message());
                emit(an, i.severity() == Severity.ERROR || i.severity() == Severity.WARNING ? i.severity() : Severity.INFO,
                        shown, rest, out);
            }
        }
        String summary = report.summaryLine();
        if (!rest.isEmpty()) {
            boolean written = stepSummary != null && writeSummary(rest, report);
            summary += "; " + rest.size() + " more " + (rest.size() == 1 ? "annotation" : "annotations")
                    + " than GitHub shows in one step " + (written ? "are listed in the step summary"
                    : "were left out (set GITHUB_STEP_SUMMARY, or use --format sarif or text, to see them all)");
        }
        out.println("::notice title=" + property("slant check") + "::" + data(summary));
        out.flush();
    }

    private static void emit(Annotation an, Severity level, Map<Severity, Integer> shown, List<Annotation> rest,
                             PrintWriter out) {
        int cap = level == Severity.INFO ? PER_LEVEL - 1 : PER_LEVEL; // one notice is the closing summary
        int n = shown.getOrDefault(level, 0);
        if (n >= cap) {
            rest.add(an);
            return;
        }
        shown.put(level, n + 1);
        StringBuilder props = new StringBuilder("file=").append(property(an.file()));
        Location at = an.at();
        if (at != null) {
            props.append(",line=").append(at.line());
            if (at.exact()) {
                props.append(",endLine=").append(at.endLine());
                props.append(",col=").append(at.column());
                if (at.endLine() == at.line()) {
                    props.append(",endColumn=").append(at.endColumn());
                }
            }
        }
        props.append(",title=").append(property(an.title()));
        out.println("::" + an.level() + " " + props + "::" + data(an.message()));
    }

    /** Appends the annotations left out to the step summary; false when the file cannot be written. */
    private boolean writeSummary(List<Annotation> rest, CheckReport report) {
        StringBuilder b = new StringBuilder();
        b.append("### slant check: ").append(rest.size()).append(" more ")
                .append(rest.size() == 1 ? "issue" : "issues").append(" than the annotations above\n\n");
        b.append("| Level | File | Line | Rule | Message |\n|---|---|---|---|---|\n");
        for (Annotation an : rest) {
            b.append("| ").append(an.level()).append(" | ").append(cell(an.file())).append(" | ")
                    .append(an.at() == null ? "" : String.valueOf(an.at().line())).append(" | ")
                    .append(cell(an.title())).append(" | ").append(cell(an.message())).append(" |\n");
        }
        b.append("\n").append(cell(report.summaryLine())).append("\n\n");
        try {
            Files.writeString(stepSummary, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A Markdown table cell: one line, pipes, markup and HTML characters escaped (article text is untrusted). */
    static String cell(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Safe.line(s).toCharArray()) {
            switch (c) {
                case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#', '!', '~' -> b.append('\\').append(c);
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String command(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
        };
    }

    /** Escapes a message as the runner expects; other control characters become \\uXXXX. */
    static String data(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> b.append("%25");
                case '\r' -> b.append("%0D");
                case '\n' -> b.append("%0A");
                default -> {
                    if (Safe.dangerous(c)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Escapes a property value: as data, plus ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
