package org.slant.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;
import java.util.Objects;

/**
 * One piece of evidence in an article: a half-open UTF-16 span {@code [start, end)} of the raw text,
 * what it is ({@code category}), which rule or lexicon entry fired, and whose voice it is in.
 * {@code text} is always {@code raw.substring(start, end)}: build findings with {@link #of} so it cannot drift.
 * {@code attrs} is the extractor's typed record for this kind of finding ({@link Attrs#NONE} when it has none).
 */
@JsonPropertyOrder({"extractor", "category", "start", "end", "text", "voice", "rule", "weight", "attrs"})
public record Finding(String extractor, String category, int start, int end, String text, Voice voice,
                      String rule, double weight, Attrs attrs) {

    /** Deterministic order: position first, then identity. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::extractor)
            .thenComparing(Finding::category)
            .thenComparing(Finding::rule);

    public Finding {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length does not match span");
        }
        attrs = attrs == null ? Attrs.NONE : attrs;
    }

    /** Creates a finding whose text is taken from the raw article text. */
    public static Finding of(String raw, String extractor, String category, int start, int end, Voice voice,
                             String rule, double weight, Attrs attrs) {
        return new Finding(extractor, category, start, end, raw.substring(start, end), voice, rule, weight, attrs);
    }

    /** A copy with other attributes (for stages that enrich earlier findings). */
    public Finding withAttrs(Attrs newAttrs) {
        return new Finding(extractor, category, start, end, text, voice, rule, weight, newAttrs);
    }

    /** Dotted id of the finding's kind, e.g. {@code terminology.loaded}. */
    public String kind() {
        return extractor + "." + category;
    }
}
