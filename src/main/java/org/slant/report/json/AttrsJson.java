package org.slant.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.slant.model.Attrs;
import org.slant.model.TermAttrs;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A finding's {@code attrs} object written field by field, the same bytes as Jackson's data binding gives for
 * the records of {@link Attrs} (keys in alphabetical order, optional fields left out when absent): data binding
 * reads each record through reflection, which was most of the cost of writing findings (issue 21). Each record
 * type is written this way only while its components are the ones this class knows; a record that gained or
 * lost a field is written by data binding until this class learns it ({@link #known}), so the output never
 * drops a field. {@code ArticleJsonTest} fails in that case, as a reminder.
 */
final class AttrsJson {

    private static final Map<Class<?>, List<String>> KNOWN = Map.of(
            Attrs.None.class, List.of(),
            Attrs.Span.class, List.of("start", "end", "text"),
            Attrs.Attribution.class, List.of("source", "cue", "content", "contentMore", "speaker", "role",
                    "affiliation", "stance", "direct", "pattern", "resolution", "nested", "medium"),
            Attrs.Boilerplate.class, List.of("block", "reasons"),
            TermAttrs.Entry.class, List.of("rationale", "speaker", "paraphraseOf", "affiliation"),
            TermAttrs.Naming.class, List.of("rationale", "set", "variant", "convention", "speaker", "paraphraseOf",
                    "affiliation"),
            TermAttrs.ScareQuote.class, List.of("rationale", "phrase", "speaker", "paraphraseOf", "affiliation"),
            TermAttrs.Learned.class, List.of("rationale", "probability", "features", "speaker", "paraphraseOf",
                    "affiliation"));

    private static final boolean SPAN = known(Attrs.Span.class);
    private static final boolean ATTRIBUTION = SPAN && known(Attrs.Attribution.class);
    private static final boolean BOILERPLATE = known(Attrs.Boilerplate.class);
    private static final boolean ENTRY = known(TermAttrs.Entry.class);
    private static final boolean NAMING = known(TermAttrs.Naming.class);
    private static final boolean SCARE = known(TermAttrs.ScareQuote.class);
    private static final boolean LEARNED = known(TermAttrs.Learned.class);
    private static final boolean NONE = known(Attrs.None.class);

    private static final SerializedString AFFILIATION = new SerializedString("affiliation");
    private static final SerializedString BLOCK = new SerializedString("block");
    private static final SerializedString CONTENT = new SerializedString("content");
    private static final SerializedString CONTENT_MORE = new SerializedString("content_more");
    private static final SerializedString CONVENTION = new SerializedString("convention");
    private static final SerializedString CUE = new SerializedString("cue");
    private static final SerializedString DIRECT = new SerializedString("direct");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString FEATURES = new SerializedString("features");
    private static final SerializedString MEDIUM = new SerializedString("medium");
    private static final SerializedString NESTED = new SerializedString("nested");
    private static final SerializedString PARAPHRASE_OF = new SerializedString("paraphrase_of");
    private static final SerializedString PATTERN = new SerializedString("pattern");
    private static final SerializedString PHRASE = new SerializedString("phrase");
    private static final SerializedString PROBABILITY = new SerializedString("probability");
    private static final SerializedString RATIONALE = new SerializedString("rationale");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString RESOLUTION = new SerializedString("resolution");
    private static final SerializedString ROLE = new SerializedString("role");
    private static final SerializedString SET = new SerializedString("set");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString SPEAKER = new SerializedString("speaker");
    private static final SerializedString STANCE = new SerializedString("stance");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString VARIANT = new SerializedString("variant");

    private AttrsJson() {
    }

    /** Whether the record's components are the ones this class writes (name and order). */
    static boolean known(Class<? extends Record> type) {
        List<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        return names.equals(KNOWN.get(type));
    }

    /** Writes the attributes as the value at the generator's position. */
    static void write(Attrs a, JsonGenerator g) throws IOException {
        if (a instanceof Attrs.Attribution x && ATTRIBUTION) {
            g.writeStartObject();
            optional(g, AFFILIATION, x.affiliation(), true);
            span(g, CONTENT, x.content());
            if (!x.contentMore().isEmpty()) {
                g.writeFieldName(CONTENT_MORE);
                g.writeStartArray();
                for (Attrs.Span s : x.contentMore()) {
                    span(g, s);
                }
                g.writeEndArray();
            }
            span(g, CUE, x.cue());
            g.writeFieldName(DIRECT);
            g.writeBoolean(x.direct());
            optional(g, MEDIUM, x.medium(), false);
            g.writeFieldName(NESTED);
            g.writeBoolean(x.nested());
            optional(g, PATTERN, x.pattern(), true);
            optional(g, RESOLUTION, x.resolution(), true);
            optional(g, ROLE, x.role(), false);
            span(g, SOURCE, x.source());
            optional(g, SPEAKER, x.speaker(), true);
            optional(g, STANCE, x.stance(), true);
            g.writeEndObject();
        } else if (a instanceof TermAttrs.Entry x && ENTRY) {
            g.writeStartObject();
            optional(g, AFFILIATION, x.affiliation(), false);
            optional(g, PARAPHRASE_OF, x.paraphraseOf(), false);
            optional(g, RATIONALE, x.rationale(), true);
            optional(g, SPEAKER, x.speaker(), false);
            g.writeEndObject();
        } else if (a instanceof Attrs.Boilerplate x && BOILERPLATE) {
            g.writeStartObject();
            g.writeFieldName(BLOCK);
            g.writeNumber(x.block());
            g.writeFieldName(REASONS);
            g.writeStartArray();
            for (String s : x.reasons()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (a instanceof Attrs.None && NONE) {
            g.writeStartObject();
            g.writeEndObject();
        } else if (a instanceof TermAttrs.Naming x && NAMING) {
            g.writeStartObject();
            optional(g, AFFILIATION, x.affiliation(), false);
            optional(g, CONVENTION, x.convention(), true);
            optional(g, PARAPHRASE_OF, x.paraphraseOf(), false);
            optional(g, RATIONALE, x.rationale(), true);
            optional(g, SET, x.set(), true);
            optional(g, SPEAKER, x.speaker(), false);
            optional(g, VARIANT, x.variant(), true);
            g.writeEndObject();
        } else if (a instanceof TermAttrs.ScareQuote x && SCARE) {
            g.writeStartObject();
            optional(g, AFFILIATION, x.affiliation(), false);
            optional(g, PARAPHRASE_OF, x.paraphraseOf(), false);
            optional(g, PHRASE, x.phrase(), true);
            optional(g, RATIONALE, x.rationale(), true);
            optional(g, SPEAKER, x.speaker(), false);
            g.writeEndObject();
        } else if (a instanceof TermAttrs.Learned x && LEARNED) {
            g.writeStartObject();
            optional(g, AFFILIATION, x.affiliation(), false);
            optional(g, FEATURES, x.features(), true);
            optional(g, PARAPHRASE_OF, x.paraphraseOf(), false);
            g.writeFieldName(PROBABILITY);
            g.writeNumber(x.probability());
            optional(g, RATIONALE, x.rationale(), true);
            optional(g, SPEAKER, x.speaker(), false);
            g.writeEndObject();
        } else {
            AnalysisJson.mapper().writeValue(g, a);
        }
    }

    /** A text field; when absent, written as null if {@code always}, else left out. */
    private static void optional(JsonGenerator g, SerializedString name, String v, boolean always) throws IOException {
        if (v != null) {
            g.writeFieldName(name);
            g.writeString(v);
        } else if (always) {
            g.writeFieldName(name);
            g.writeNull();
        }
    }

    private static void span(JsonGenerator g, SerializedString name, Attrs.Span s) throws IOException {
        g.writeFieldName(name);
        span(g, s);
    }

    private static void span(JsonGenerator g, Attrs.Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName(END);
        g.writeNumber(s.end());
        g.writeFieldName(START);
        g.writeNumber(s.start());
        g.writeFieldName(TEXT);
        g.writeString(s.text());
        g.writeEndObject();
    }
}
