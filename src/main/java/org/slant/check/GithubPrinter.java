package org.slant.check;

import org.slant.model.AnalysisError;

import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice file=...,line=...,col=...::message}
 * annotation per reported issue, one per unreadable input, and a closing notice with the counts
 * (suppressed and baselined ones by reason). Values are escaped as GitHub's runner unescapes them
 * ({@code %}, CR and LF in messages; also {@code :} and {@code ,} in properties), and article text is
 * flattened to one line, so no article can start a workflow command of its own.
 */
final class GithubPrinter implements CheckPrinter {

    @Override
    public void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) {
        for (ArticleCheck a : report.articles()) {
            for (Issue i : a.reported()) {
                Location at = a.location(i);
                StringBuilder props = new StringBuilder("file=").append(property(a.path()));
                props.append(",line=").append(at.line());
                if (at.exact()) {
                    props.append(",endLine=").append(at.endLine());
                    props.append(",col=").append(at.column());
                    if (at.endLine() == at.line()) {
                        props.append(",endColumn=").append(at.endColumn());
                    }
                }
                props.append(",title=").append(property("slant " + i.severity().id() + " " + i.rule()));
                out.println("::" + command(i.severity()) + " " + props + "::" + data(i.message()));
            }
        }
        for (AnalysisError e : report.errors()) {
            out.println("::error file=" + property(e.file()) + ",title=" + property("slant input error") + "::"
                    + data(e.message()));
        }
        out.println("::notice title=" + property("slant check") + "::" + data(report.summaryLine()));
        out.flush();
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
