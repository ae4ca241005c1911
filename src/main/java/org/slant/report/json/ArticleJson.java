package org.slant.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.model.OutletEvidence;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One article's object of analysis.json as a JSON line, written field by field through one generator kept for
 * the whole run, the same bytes as {@link AnalysisJson#line} gave through data binding (which read every record
 * by reflection and made a string per line). Each finding's {@code attrs} object is serialised once
 * ({@link #prepare}) and used twice: in the line and in {@code findings.csv}. Should {@link Finding} or
 * {@link OutletEvidence} gain a field, lines are written by data binding instead ({@code ArticleJsonTest} then
 * fails as a reminder). One thread.
 */
public final class ArticleJson {

    private static final boolean KNOWN = List.of("extractor", "category", "start", "end", "text", "voice", "rule",
            "weight", "attrs").equals(components(Finding.class))
            && List.of("kind", "outlet", "start", "end", "text").equals(components(OutletEvidence.class));

    private static final SerializedString[] ARTICLE = names("id", "file", "format", "outlet", "outlet_kind",
            "outlet_source", "outlet_evidence", "via", "url", "date", "title", "story", "words", "metrics", "findings",
            "notes");
    private static final SerializedString[] FINDING = names("extractor", "category", "start", "end", "text", "voice",
            "rule", "weight", "attrs");
    private static final SerializedString[] EVIDENCE = names("kind", "outlet", "start", "end", "text");

    private final JsonGenerator line;
    private final CharSink attrs = new CharSink();
    private final JsonGenerator attrsOut;
    private int[] attrsEnd = new int[64];
    private ArticleResult prepared;
    /**
     * Metric names as field names, each escaped once: every article repeats the same hundred or so, and escaping
     * each again was most of writing its metrics (issue 21). Only names that need no escaping, so the bytes are
     * the same; bounded (past {@link #MAX_NAMES}, names are written as strings each time).
     */
    private final Map<String, SerializedString> metricNames = new java.util.HashMap<>();
    private static final int MAX_NAMES = 4096;

    /** Lines go to {@code out} (each with its '\n'), flushed to it at the end of each line. */
    public ArticleJson(Writer out) throws IOException {
        line = AnalysisJson.mapper().getFactory().createGenerator(out);
        line.setRootValueSeparator(null);
        attrsOut = AnalysisJson.mapper().getFactory().createGenerator(attrs);
        attrsOut.setRootValueSeparator(null);
    }

    /** Whether lines are written field by field (false: a record changed, data binding writes them). */
    static boolean fieldByField() {
        return KNOWN;
    }

    /** Serialises the attributes of each of the article's findings, for {@link #attrsChars} and the line. */
    public void prepare(ArticleResult r) throws IOException {
        attrs.reset();
        List<Finding> fs = r.findings();
        if (attrsEnd.length < fs.size()) {
            attrsEnd = new int[Math.max(fs.size(), 2 * attrsEnd.length)];
        }
        for (int i = 0; i < fs.size(); i++) {
            AttrsJson.write(fs.get(i).attrs(), attrsOut);
            attrsOut.flush();
            attrsEnd[i] = attrs.size();
        }
        prepared = r;
    }

    /** The characters of the prepared attributes: finding {@code i}'s are {@code [attrsStart(i), attrsEnd(i))}. */
    public char[] attrsChars() {
        return attrs.chars();
    }

    public int attrsStart(int i) {
        return i == 0 ? 0 : attrsEnd[i - 1];
    }

    public int attrsEnd(int i) {
        return attrsEnd[i];
    }

    /** Writes the article's line; {@code story} is its story's id, or null. */
    public void line(ArticleResult r, String story) throws IOException {
        JsonGenerator g = line;
        if (!KNOWN) {
            AnalysisJson.mapper().writeValue(g, AnalysisJson.article(r, story));
        } else {
            if (prepared != r) {
                prepare(r);
            }
            ArticleMeta m = r.article().meta();
            g.writeStartObject();
            text(g, ARTICLE[0], r.id());
            text(g, ARTICLE[1], r.article().file());
            text(g, ARTICLE[2], r.article().format());
            text(g, ARTICLE[3], m.outlet());
            text(g, ARTICLE[4], m.outletKind());
            text(g, ARTICLE[5], m.outletSource().id());
            g.writeFieldName(ARTICLE[6]);
            evidence(g, m.outletEvidence());
            text(g, ARTICLE[7], m.via());
            text(g, ARTICLE[8], m.url());
            text(g, ARTICLE[9], m.date());
            text(g, ARTICLE[10], m.title());
            text(g, ARTICLE[11], story);
            g.writeFieldName(ARTICLE[12]);
            g.writeNumber(r.words());
            g.writeFieldName(ARTICLE[13]);
            g.writeStartObject();
            for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
                SerializedString name = metricName(e.getKey());
                if (name != null) {
                    g.writeFieldName(name);
                } else {
                    g.writeFieldName(e.getKey());
                }
                number(g, e.getValue());
            }
            g.writeEndObject();
            g.writeFieldName(ARTICLE[14]);
            findings(g, r.findings());
            g.writeFieldName(ARTICLE[15]);
            g.writeStartArray();
            for (String n : r.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeRaw('\n');
        g.flush();
        prepared = null;
    }

    private void findings(JsonGenerator g, List<Finding> fs) throws IOException {
        char[] a = attrs.chars();
        g.writeStartArray();
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            g.writeStartObject();
            text(g, FINDING[0], f.extractor());
            text(g, FINDING[1], f.category());
            g.writeFieldName(FINDING[2]);
            g.writeNumber(f.start());
            g.writeFieldName(FINDING[3]);
            g.writeNumber(f.end());
            text(g, FINDING[4], f.text());
            text(g, FINDING[5], f.voice().id());
            text(g, FINDING[6], f.rule());
            g.writeFieldName(FINDING[7]);
            g.writeNumber(f.weight());
            g.writeFieldName(FINDING[8]);
            g.writeRawValue(a, attrsStart(i), attrsEnd(i) - attrsStart(i));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, List<OutletEvidence> evidence) throws IOException {
        g.writeStartArray();
        for (OutletEvidence e : evidence) {
            g.writeStartObject();
            text(g, EVIDENCE[0], e.kind());
            text(g, EVIDENCE[1], e.outlet());
            g.writeFieldName(EVIDENCE[2]);
            g.writeNumber(e.start());
            g.writeFieldName(EVIDENCE[3]);
            g.writeNumber(e.end());
            text(g, EVIDENCE[4], e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, SerializedString name, String v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeString(v);
        }
    }

    private static void number(JsonGenerator g, Double v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    private static List<String> components(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    private SerializedString metricName(String name) {
        SerializedString s = metricNames.get(name);
        if (s == null && metricNames.size() < MAX_NAMES && plain(name)) {
            s = new SerializedString(name);
            metricNames.put(name, s);
        }
        return s;
    }

    /** Letters, digits and the punctuation of metric names: nothing a JSON string escapes. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-' || c == ':' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static SerializedString[] names(String... names) {
        SerializedString[] s = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            s[i] = new SerializedString(names[i]);
        }
        return s;
    }
}
