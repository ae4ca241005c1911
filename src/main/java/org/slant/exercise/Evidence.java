package org.slant.exercise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.slant.model.Finding;

import java.util.Locale;

/**
 * What backs an answer, as it stands in {@code analysis.json}: a finding (article, raw offsets, rule), a
 * metric of an article, or an entry of the comparison (a reuse sentence pair or word difference, a coverage
 * cell, an omission). {@code pointer} is the JSON Pointer of that entry in {@code analysis.json} and
 * {@code entry} a copy of a comparison entry, so a reader (or a test) can check every answer.
 *
 * @param type    finding, metric, reuse, coverage or omission
 * @param article the article (for coverage: the column)
 * @param other   the second article of a reuse pair
 * @param row     the coverage row id
 * @param shown   how people name the article(s) and the row, for {@link #cite()}; not in the key's JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "article", "other", "pointer", "start", "end", "text", "extractor", "category", "voice",
        "rule", "row", "metric", "value", "entry"})
public record Evidence(String type, String article, String other, String pointer, Integer start, Integer end,
                       String text, String extractor, String category, String voice, String rule, String row,
                       String metric, Double value, Object entry, @JsonIgnore Shown shown) {

    /** The names people read: the article, the other article of a pair, the coverage row's label. */
    public record Shown(String article, String other, String row) {
    }

    public static final String FINDING = "finding";
    public static final String METRIC = "metric";
    public static final String REUSE = "reuse";
    public static final String COVERAGE = "coverage";
    public static final String OMISSION = "omission";

    /** A finding of the article at {@code articleIndex}, the {@code findingIndex}-th of its sorted list. */
    public static Evidence finding(int articleIndex, String article, String label, int findingIndex, Finding f) {
        return new Evidence(FINDING, article, null, "/articles/" + articleIndex + "/findings/" + findingIndex,
                f.start(), f.end(), f.text(), f.extractor(), f.category(), f.voice().id(), f.rule(), null, null, null,
                null, new Shown(label, null, null));
    }

    public static Evidence metric(int articleIndex, String article, String label, String metric, double value) {
        return new Evidence(METRIC, article, null, "/articles/" + articleIndex + "/metrics/" + escape(metric), null,
                null, null, null, null, null, null, null, metric, value, null, new Shown(label, null, null));
    }

    /** A sentence pair (or one word difference of it) of a reuse passage; {@code entry} is that object. */
    public static Evidence reuse(String a, String b, String labelA, String labelB, String pointer, Object entry) {
        return new Evidence(REUSE, a, b, pointer, null, null, null, null, null, null, null, null, null, null, entry,
                new Shown(labelA, labelB, null));
    }

    /**
     * A coverage cell: the column's status for the row, with the forms and offsets it found.
     *
     * @param story the story's position in {@code comparison.stories}, whose coverage table it is
     */
    public static Evidence coverage(int story, int rowIndex, String rowId, String rowLabel, String column,
                                    String columnLabel, Object cell) {
        return new Evidence(COVERAGE, column, null, "/comparison/stories/" + story + "/coverage/rows/" + rowIndex
                + "/cells/" + escape(column),
                null, null, null, null, null, null, null, rowId, null, null, cell, new Shown(columnLabel, null, rowLabel));
    }

    /** An omission: the row id listed among the column's omissions (in the story's coverage table). */
    public static Evidence omission(int story, String column, String columnLabel, int index, String rowId,
                                    String rowLabel) {
        return new Evidence(OMISSION, column, null, "/comparison/stories/" + story + "/coverage/omissions/"
                + escape(column) + "/" + index,
                null, null, null, null, null, null, null, rowId, null, null, rowId, new Shown(columnLabel, null, rowLabel));
    }

    /**
     * One line for people: the quoted text, the article by its outlet, where it is and what it is, in words;
     * ids, rule names and JSON pointers stay in the key's data attributes and its JSON file.
     */
    public String cite() {
        Shown s = shown == null ? new Shown(article, other, row) : shown;
        return switch (type) {
            case FINDING -> Words.quoted(Words.clip(Words.oneLine(text), 90)) + " \u00b7 " + s.article()
                    + " \u00b7 characters " + start + "\u2013" + end + " \u00b7 " + kind() + ", " + Vocab.voice(voice);
            case METRIC -> s.article() + " \u00b7 " + Words.metric(metric) + ": " + Words.number(value);
            case REUSE -> "the passage " + s.article() + " and " + s.other() + " share (in the comparison)";
            case COVERAGE -> "the coverage table, row \u201c" + s.row() + "\u201d, column " + s.article();
            case OMISSION -> "the comparison lists \u201c" + s.row() + "\u201d as left out of " + s.article();
            default -> type.toUpperCase(Locale.ROOT);
        };
    }

    private String kind() {
        return switch (extractor == null ? "" : extractor) {
            case "terminology" -> Vocab.term(category);
            case "attribution" -> "attribution: " + Vocab.source(category);
            case "boilerplate" -> "not the article: " + Vocab.boilerplate(category);
            default -> Words.readable(category);
        };
    }

    /** JSON Pointer escaping of one reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
