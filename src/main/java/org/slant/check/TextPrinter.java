package org.slant.check;

import java.io.PrintWriter;

/**
 * {@code file:line:col: severity rule message}, one reported issue per line, as compilers and prose linters
 * print them (editors and grep understand it). Thresholds concern the whole article and point at 1:1.
 * Then each reported rule's rationale, once, indented (so no line matcher takes it for an issue); a summary
 * line (with the suppressed and baselined counts, by reason) comes last; input errors go to
 * standard error, as for every format.
 */
final class TextPrinter implements CheckPrinter {

    @Override
    public void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) {
        for (ArticleCheck a : report.articles()) {
            String file = Safe.line(a.path());
            if (a.note() != null) {
                out.println(file + ":1:1: info slant.positions " + Safe.line(a.note()));
            }
            for (Issue i : a.reported()) {
                Location at = a.location(i);
                out.println(file + ":" + at.line() + ":" + at.column() + ": " + i.severity().id() + " " + Safe.line(i.rule())
                        + " " + Safe.line(i.message()));
            }
        }
        // each rule's reason once, after the lines that name it (not repeated on every line)
        Messages.rationales(report.articles(), vocabulary).forEach((rule, why) ->
                out.println("  " + Safe.line(rule) + ": " + Safe.line(why)));
        out.println("slant check: " + Safe.line(report.summaryLine()));
        out.flush();
    }
}
