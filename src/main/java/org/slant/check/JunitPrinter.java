package org.slant.check;

import org.slant.model.AnalysisError;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * JUnit XML, as CI dashboards read it: one test suite per article, one test case per check (each
 * threshold, each group of findings the policy gives a severity to, and the article's suppression
 * markers). A case fails when it holds an error-level issue; warnings, info, and suppressed and baselined
 * issues (with their reasons) are listed in its {@code system-out}, and counted in the suite's properties.
 * An article that could not be read is a suite with one erroring case. Text that XML 1.0 cannot hold
 * (control characters) is written as {@code \\uXXXX}. The output validates against Jenkins' JUnit schema, the
 * one CI servers read (OutputFormatsTest).
 */
final class JunitPrinter implements CheckPrinter {

    @Override
    public void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) throws IOException {
        StringWriter buf = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(buf);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            int tests = 0;
            int failures = 0;
            for (ArticleCheck a : report.articles()) {
                tests += a.cases().size();
                failures += (int) a.cases().stream().filter(c -> c.result() == Case.Result.FAIL).count();
            }
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "slant check");
            x.writeAttribute("tests", String.valueOf(tests + report.errors().size()));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", String.valueOf(report.errors().size()));
            // no 'skipped' here: Jenkins' JUnit schema allows it on each testsuite only
            x.writeAttribute("time", "0");
            x.writeCharacters("\n");
            for (ArticleCheck a : report.articles()) {
                suite(x, a, report, vocabulary);
            }
            for (AnalysisError e : report.errors()) {
                unreadable(x, e);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.print(buf);
        out.flush();
    }

    private static void suite(XMLStreamWriter x, ArticleCheck a, CheckReport report, Vocabulary vocabulary) throws XMLStreamException {
        long failures = a.cases().stream().filter(c -> c.result() == Case.Result.FAIL).count();
        long skipped = a.cases().stream().filter(c -> c.result() == Case.Result.SKIP).count();
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(a.file()));
        x.writeAttribute("tests", String.valueOf(a.cases().size()));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(skipped));
        x.writeAttribute("time", "0");
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "policy", report.policy());
        property(x, "article", a.id());
        property(x, "suppressed", String.valueOf(count(a, Issue.Status.SUPPRESSED)));
        property(x, "baselined", String.valueOf(count(a, Issue.Status.BASELINED)));
        property(x, "unchanged", String.valueOf(count(a, Issue.Status.UNCHANGED)));
        // each reported rule's rationale once per suite, not on every failure line
        for (java.util.Map.Entry<String, String> r : Messages.rationales(java.util.List.of(a), vocabulary).entrySet()) {
            property(x, "rule " + r.getKey(), r.getValue());
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        for (Case c : a.cases()) {
            testcase(x, a, c);
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static long count(ArticleCheck a, Issue.Status s) {
        return a.issues().stream().filter(i -> i.status() == s).count();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value == null ? "" : value));
    }

    private static void testcase(XMLStreamWriter x, ArticleCheck a, Case c) throws XMLStreamException {
        x.writeCharacters("    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(a.path()));
        x.writeAttribute("name", clean(c.kind() + ": " + c.name()));
        x.writeAttribute("time", "0");
        StringBuilder failing = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (Issue i : c.issues()) {
            Location at = a.location(i);
            String line = a.path() + ":" + at.line() + ":" + at.column() + ": " + i.severity().id() + " " + i.rule()
                    + " " + i.message();
            if (i.fails()) {
                failing.append(line).append('\n');
            } else {
                other.append(line);
                if (i.status() != Issue.Status.REPORTED) {
                    other.append(" [").append(i.status().id()).append(i.reason().isEmpty() ? "" : ": " + i.reason()).append(']');
                }
                other.append('\n');
            }
        }
        if (c.result() == Case.Result.FAIL) {
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(c.message()));
            x.writeAttribute("type", "error");
            x.writeCharacters(clean(failing.toString()));
            x.writeEndElement();
        } else if (c.result() == Case.Result.SKIP) {
            x.writeCharacters("\n      ");
            // the reason as the element's text: Jenkins' JUnit schema gives <skipped> no attributes
            x.writeStartElement("skipped");
            x.writeCharacters(clean(c.message()));
            x.writeEndElement();
        }
        if (other.length() > 0) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(clean(other.toString()));
            x.writeEndElement();
        }
        if (c.result() != Case.Result.PASS || other.length() > 0) {
            x.writeCharacters("\n    ");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void unreadable(XMLStreamWriter x, AnalysisError e) throws XMLStreamException {
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(e.file()));
        x.writeAttribute("tests", "1");
        x.writeAttribute("failures", "0");
        x.writeAttribute("errors", "1");
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", "0");
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(e.file()));
        x.writeAttribute("name", "input: read");
        x.writeAttribute("time", "0");
        x.writeCharacters("\n      ");
        x.writeEmptyElement("error");
        x.writeAttribute("message", clean(e.message()));
        x.writeAttribute("type", "input");
        x.writeCharacters("\n    ");
        x.writeEndElement();
        x.writeCharacters("\n  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /** Text XML 1.0 can hold: other characters (controls, lone surrogates, U+FFFE/F) become \\uXXXX. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (ok && !Safe.dangerous(c) || c == '\n' || c == '\t') {
                if (b != null) {
                    b.append(c);
                }
            } else {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }
}
