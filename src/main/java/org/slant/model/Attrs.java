package org.slant.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * What an extractor records about a finding besides its span, category and rule: one record per kind of
 * finding, written as the finding's {@code attrs} object in analysis.json and findings.csv. The JSON keys are
 * the record's fields (snake_case) in alphabetical order, as schema v1 has always written them; a field marked
 * as optional is left out when it is absent, every other field is written even when null.
 * Terminology's records are {@link TermAttrs}.
 */
public sealed interface Attrs permits Attrs.None, Attrs.Attribution, Attrs.Boilerplate, TermAttrs {

    /** The attributes of a finding that has none. */
    None NONE = new None();

    /**
     * Who speaks the finding's words, when attribution found out (a quotation's or reported statement's
     * speaker); null otherwise.
     */
    default String speaker() {
        return null;
    }

    /** No attributes: written as {@code {}}. */
    record None() implements Attrs {
    }

    /** A span of the raw text, {@code [start, end)} in UTF-16 offsets, with its words. */
    @JsonPropertyOrder(alphabetic = true)
    record Span(int start, int end, String text) {
        public Span {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An attribution: who speaks ({@code source}, resolved to {@code speaker}, their {@code role} and the side
     * they speak for, {@code affiliation}), with which reporting verb ({@code cue}, its {@code stance}), and what
     * they said ({@code content}, continued in {@code contentMore} when the statement runs over several
     * quotations).
     *
     * @param pattern    the construction that matched, e.g. {@code quote-first}
     * @param resolution how the speaker was found: {@code phrase}, {@code pronoun}, {@code shared}, ...
     * @param nested     the statement sits inside another one's content
     * @param medium     the outlet the source spoke to, when the text says (optional)
     * @param role       the speaker's role as the text gives it (optional)
     */
    @JsonPropertyOrder(alphabetic = true)
    record Attribution(Span source, Span cue, Span content,
                       @JsonProperty("content_more") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Span> contentMore,
                       String speaker, @JsonInclude(JsonInclude.Include.NON_NULL) String role, String affiliation,
                       String stance, boolean direct, String pattern, String resolution, boolean nested,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String medium) implements Attrs {
        public Attribution {
            contentMore = contentMore == null ? List.of() : List.copyOf(contentMore);
        }
    }

    /**
     * A block that is not the article.
     *
     * @param block   the block's index among the article's blocks
     * @param reasons every rule and feature that fired, the deciding one first
     */
    @JsonPropertyOrder(alphabetic = true)
    record Boilerplate(int block, List<String> reasons) implements Attrs {
        public Boilerplate {
            reasons = List.copyOf(reasons);
        }
    }
}
