package org.slant.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slant.model.AnalysisError;

import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code slant/check/v1}: the whole check as one JSON object, described by
 * {@code schema/check.schema.json}. Every issue is listed, with its status (reported, suppressed,
 * baselined) and reason; offsets {@code start}/{@code end} index the raw article text (as in
 * {@code analysis.json}), {@code location} the source file.
 */
final class JsonPrinter implements CheckPrinter {

    public static final String SCHEMA = "slant/check/v1";

    @Override
    public void print(CheckReport report, Vocabulary vocabulary, PrintWriter out) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.putObject("tool").put("name", "slant").put("version", report.toolVersion());
        root.put("policy", report.policy());
        root.put("baseline", report.baseline());
        root.put("exit_code", report.exitCode());
        summary(root.putObject("summary"), report.summary());
        ObjectNode rules = root.putObject("rules");
        Messages.rationales(report.articles(), vocabulary).forEach(rules::put);
        ArrayNode articles = root.putArray("articles");
        for (ArticleCheck a : report.articles()) {
            article(articles.addObject(), a);
        }
        ArrayNode errors = root.putArray("errors");
        for (AnalysisError e : report.errors()) {
            errors.addObject().put("file", e.file()).put("message", e.message());
        }
        out.print(Json.pretty(root));
        out.flush();
    }

    private static void summary(ObjectNode s, CheckReport.Summary sum) {
        s.put("articles", sum.articles());
        s.put("failed", sum.failedArticles());
        s.put("unreadable", sum.inputErrors());
        s.put("errors", sum.errors());
        s.put("warnings", sum.warnings());
        s.put("info", sum.infos());
        s.put("thresholds_broken", sum.thresholdsBroken());
        s.put("suppressed", sum.suppressed());
        s.put("baselined", sum.baselined());
        s.put("unchanged", sum.unchanged());
        ArrayNode reasons = s.putArray("suppressed_by_reason");
        for (Map.Entry<String, Integer> e : sum.suppressedByReason().entrySet()) {
            reasons.addObject().put("reason", e.getKey()).put("count", e.getValue());
        }
    }

    private static void article(ObjectNode o, ArticleCheck a) {
        o.put("id", a.id());
        o.put("file", a.file());
        o.put("path", a.path());
        o.put("format", a.format());
        o.put("passed", !a.failed());
        o.put("note", a.note());
        ArrayNode issues = o.putArray("issues");
        for (Issue i : a.issues()) {
            issue(issues.addObject(), a, i);
        }
        ArrayNode cases = o.putArray("cases");
        for (Case c : a.cases()) {
            cases.addObject().put("name", c.name()).put("kind", c.kind())
                    .put("result", c.result().name().toLowerCase(java.util.Locale.ROOT)).put("message", c.message());
        }
    }

    private static void issue(ObjectNode o, ArticleCheck a, Issue i) {
        o.put("type", i.type().name().toLowerCase(java.util.Locale.ROOT));
        o.put("severity", i.severity().id());
        o.put("status", i.status().id());
        o.put("reason", i.status() == Issue.Status.REPORTED ? null : i.reason());
        o.put("rule", i.rule());
        o.put("kind", i.kind());
        o.put("voice", i.type() == Issue.Type.FINDING ? i.voice().id() : null);
        o.put("text", i.type() == Issue.Type.FINDING ? i.text() : null);
        o.put("message", i.message());
        o.put("group", i.group());
        if (i.finding() != null) {
            o.put("start", i.finding().start());
            o.put("end", i.finding().end());
        } else {
            o.putNull("start");
            o.putNull("end");
        }
        Location at = a.location(i);
        ObjectNode loc = o.putObject("location");
        loc.put("line", at.line()).put("column", at.column()).put("end_line", at.endLine())
                .put("end_column", at.endColumn());
        if (at.exact()) {
            loc.put("offset", at.offset()).put("length", at.length());
        } else {
            loc.putNull("offset").putNull("length");
        }
        if (i.threshold() != null) {
            Threshold t = i.threshold();
            ObjectNode th = o.putObject("threshold");
            th.put("metric", t.metric()).put("op", t.op().symbol()).put("limit", t.limit()).put("value", i.value())
                    .put("check", t.expression()).put("policy_location", t.where());
        } else {
            o.putNull("threshold");
        }
    }
}
