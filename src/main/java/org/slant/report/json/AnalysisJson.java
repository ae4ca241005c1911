package org.slant.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slant.compare.Analysis;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.model.OutletEvidence;
import org.slant.report.json.ArticleRecords;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes the analysis as JSON ({@code slant/analysis/v1}, see {@code schema/analysis.schema.json}).
 * Byte-stable: fixed field order for the documented objects, map keys sorted, '\n' line ends.
 */
public final class AnalysisJson {

    public static final String SCHEMA = "slant/analysis/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));

    private AnalysisJson() {
    }

    @JsonPropertyOrder({"schema", "tool", "corpus", "articles", "comparison", "errors"})
    record Doc(String schema, Tool tool, org.slant.model.Corpus corpus, List<Art> articles, Object comparison,
               List<AnalysisError> errors) {
    }

    @JsonPropertyOrder({"name", "version"})
    record Tool(String name, String version) {
    }

    @JsonPropertyOrder({"id", "file", "format", "outlet", "outlet_kind", "outlet_source", "outlet_evidence", "via",
            "url", "date", "title", "story", "words", "metrics", "findings", "notes"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Art(String id, String file, String format, String outlet,
               @JsonProperty("outlet_kind") String outletKind,
               @JsonProperty("outlet_source") String outletSource,
               @JsonProperty("outlet_evidence") List<OutletEvidence> outletEvidence,
               String via, String url, String date, String title, String story, int words,
               Map<String, Double> metrics,
               List<Finding> findings, List<String> notes) {
    }

    public static Object document(Analysis a) {
        List<Art> arts = a.articles().stream().map(r -> article(r, storyOf(a, r))).toList();
        Object comparison = a.comparison() == null ? Map.of() : a.comparison();
        return new Doc(SCHEMA, new Tool("slant", a.toolVersion()), a.corpus(), arts, comparison, a.errors());
    }

    /**
     * One article's object; {@code story} is the id of its story in the comparison, null for an article the
     * comparison did not hold (streamed runs list every article, the comparison holds the sample).
     */
    static Art article(ArticleResult r, String story) {
        ArticleMeta m = r.article().meta();
        return new Art(r.id(), r.article().file(), r.article().format(), m.outlet(), m.outletKind(),
                m.outletSource().id(), m.outletEvidence(), m.via(), m.url(), m.date(), m.title(), story, r.words(),
                r.metrics(), r.findings(), r.notes());
    }

    /** The id of the article's story, or null when the analysis was not compared or did not hold it. */
    public static String storyOf(Analysis a, ArticleResult r) {
        if (a.comparison() == null) {
            return null;
        }
        org.slant.compare.Stories.Story s = a.comparison().storyOf(r.id());
        return s == null ? null : s.id();
    }

    private static final ObjectWriter LINE = MAPPER.writer();

    /** One article as a single JSON line (the article object of analysis.json), for streamed output. */
    public static String line(ArticleResult r) throws IOException {
        Lines l = LINES.get();
        l.sink().reset();
        l.json().line(r, null);
        return new String(l.sink().chars(), 0, l.sink().size() - 1);   // without its '\n'
    }

    /** The same line through data binding, as it was written before {@link ArticleJson} (for tests). */
    static String boundLine(ArticleResult r) throws IOException {
        return LINE.writeValueAsString(article(r, null));
    }

    /** A thread's line writer and the characters it writes to. */
    private record Lines(CharSink sink, ArticleJson json) {
        static Lines create() {
            CharSink sink = new CharSink();
            try {
                return new Lines(sink, new ArticleJson(sink));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final ThreadLocal<Lines> LINES = ThreadLocal.withInitial(Lines::create);

    /** One article as a tree (its analysis.json object), with its story's id (null: none). */
    public static ObjectNode tree(ArticleResult r, String story) {
        return MAPPER.valueToTree(article(r, story));
    }

    public static void write(Analysis a, OutputStream out) throws IOException {
        write(a, ArticleRecords.of(a), out);
    }

    /**
     * Writes the document with the given articles (every article of a streamed run), one at a time: memory
     * holds one article besides the analysis. The same bytes as writing {@link #document} whole.
     */
    public static void write(Analysis a, ArticleRecords articles, OutputStream out) throws IOException {
        try (JsonGenerator g = WRITER.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            write(a, articles, g);
        }
        out.write('\n');
    }

    /** As {@link #write(Analysis, ArticleRecords, OutputStream)}, to text output (standard output). */
    public static void write(Analysis a, ArticleRecords articles, java.io.Writer out) throws IOException {
        try (JsonGenerator g = WRITER.createGenerator(new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush(); // standard output stays open
            }
        })) {
            write(a, articles, g);
        }
        out.write('\n');
    }

    private static void write(Analysis a, ArticleRecords articles, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeFieldName("tool");
        g.writeObject(new Tool("slant", a.toolVersion()));
        g.writeFieldName("corpus");
        g.writeObject(a.corpus());
        g.writeFieldName("articles");
        g.writeStartArray();
        articles.forEach(g::writeTree);
        g.writeEndArray();
        g.writeFieldName("comparison");
        g.writeObject(a.comparison() == null ? Map.of() : a.comparison());
        g.writeFieldName("errors");
        g.writeObject(a.errors());
        g.writeEndObject();
    }

    public static byte[] bytes(Analysis a) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        write(a, b);
        return b.toByteArray();
    }

    /** The mapper configured like the report's, for other JSON outputs. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Jackson closes the stream it writes to; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
