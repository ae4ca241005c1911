package org.slant.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.OutletSource;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JSONL line as an article, read strictly: the line is one JSON object; {@code text} is required; the
 * fields Slant reads ({@code id, outlet, outlet_kind, via, url, date, title}) are strings or null; a field of
 * another type, a duplicate key (anywhere in the line) or anything after the object is an error naming
 * {@code file:line:column}. Other fields are ignored: corpora carry their own.
 */
final class JsonlRecord {

    static final Set<String> FIELDS = Set.of("text", "id", "outlet", "outlet_kind", "via", "url", "date", "title");

    /** Made on first use: a run over text, Markdown or HTML files should not pay for JSON's set-up. */
    private static final class Factory {
        static final JsonFactory JSON = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // the line's size is already limited by --max-article-size; Jackson's own 20M-character
                // string limit would refuse a long article the option allows
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
    }

    private JsonlRecord() {
    }

    static ReadItem read(String display, String stem, int lineNo, String line) {
        String where = display + ":" + lineNo;
        Map<String, String> values = new HashMap<>();
        try (JsonParser p = Factory.JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return failed(where, p.currentTokenLocation(), "expected a JSON object with a \"text\" field");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (!FIELDS.contains(name)) {
                    p.skipChildren();
                } else if (v == JsonToken.VALUE_STRING) {
                    values.put(name, p.getText());
                } else if (v != JsonToken.VALUE_NULL) {
                    JsonLocation at = p.currentTokenLocation();
                    return failed(where, at, "\"" + name + "\" must be a string, found " + describe(v));
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return failed(where, p.currentTokenLocation(), "malformed JSON object");
            }
            if (p.nextToken() != null) {
                return failed(where, p.currentTokenLocation(), "more after the JSON object (one object per line)");
            }
        } catch (JsonProcessingException e) {
            return failed(where, e.getLocation(), "malformed JSON: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return ReadItem.failed(where, "cannot read the line (" + oneLine(e.getMessage()) + ")");
        }
        String raw = values.get("text");
        if (raw == null || raw.isBlank()) {
            return ReadItem.failed(where, "no \"text\" (a non-empty string is required)");
        }
        if (raw.indexOf('\0') >= 0) {
            return ReadItem.failed(where, "the text holds NUL characters (binary data)");
        }
        String id = nonBlank(values.get("id"));
        String outlet = nonBlank(values.get("outlet"));
        ArticleMeta meta = new ArticleMeta(outlet, nonBlank(values.get("outlet_kind")),
                outlet == null ? OutletSource.UNKNOWN : OutletSource.INPUT, List.of(), nonBlank(values.get("via")),
                nonBlank(values.get("url")), nonBlank(values.get("date")), nonBlank(values.get("title")));
        return ReadItem.ok(new Article(id == null ? stem + "-" + lineNo : id, where, "jsonl", meta, raw, List.of()));
    }

    private static ReadItem failed(String where, JsonLocation at, String message) {
        String column = at == null || at.getColumnNr() < 1 ? "" : ":" + at.getColumnNr();
        return ReadItem.failed(where + column, message);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
