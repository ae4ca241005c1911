package org.slant.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The attributes of a terminology finding: why the words are marked ({@code rationale}) and whose words they
 * are. {@code speaker} names who is quoted or reported, {@code paraphraseOf} whom a narrator's sentence
 * paraphrases ("unknown" when attribution could not say), {@code affiliation} the speaker's side; each of the
 * three is left out of the JSON when absent.
 */
public sealed interface TermAttrs extends Attrs
        permits TermAttrs.Entry, TermAttrs.Naming, TermAttrs.ScareQuote, TermAttrs.Learned {

    String rationale();

    @Override
    String speaker();

    String paraphraseOf();

    String affiliation();

    /** Whose words a span is in, as the voice analysis found it; {@link #NONE} for the narrator's own. */
    record Who(String speaker, String paraphraseOf, String affiliation) {
        public static final Who NONE = new Who(null, null, null);
    }

    /** A lexicon entry (loaded word, label, hedge, intensifier). */
    @JsonPropertyOrder(alphabetic = true)
    record Entry(String rationale,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String speaker,
                 @JsonProperty("paraphrase_of") @JsonInclude(JsonInclude.Include.NON_NULL) String paraphraseOf,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation) implements TermAttrs {
        public Entry(String rationale, Who who) {
            this(rationale, who.speaker(), who.paraphraseOf(), who.affiliation());
        }
    }

    /**
     * A contested name: the naming {@code set} it belongs to (e.g. Kiev/Kyiv), which {@code variant} of it was
     * written, and the {@code convention} that variant follows.
     */
    @JsonPropertyOrder(alphabetic = true)
    record Naming(String rationale, String set, String variant, String convention,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String speaker,
                  @JsonProperty("paraphrase_of") @JsonInclude(JsonInclude.Include.NON_NULL) String paraphraseOf,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation) implements TermAttrs {
        public Naming(String rationale, String set, String variant, String convention, Who who) {
            this(rationale, set, variant, convention, who.speaker(), who.paraphraseOf(), who.affiliation());
        }
    }

    /** A scare quote: the quoted {@code phrase} (without its quotation marks). */
    @JsonPropertyOrder(alphabetic = true)
    record ScareQuote(String rationale, String phrase,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String speaker,
                      @JsonProperty("paraphrase_of") @JsonInclude(JsonInclude.Include.NON_NULL) String paraphraseOf,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation) implements TermAttrs {
        public ScareQuote(String rationale, String phrase, Who who) {
            this(rationale, phrase, who.speaker(), who.paraphraseOf(), who.affiliation());
        }
    }

    /**
     * A span the loaded-language model marked where no lexicon entry fired: its {@code probability} (two
     * decimals) and the {@code features} that weighed most, joined with "; ".
     */
    @JsonPropertyOrder(alphabetic = true)
    record Learned(String rationale, double probability, String features,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String speaker,
                   @JsonProperty("paraphrase_of") @JsonInclude(JsonInclude.Include.NON_NULL) String paraphraseOf,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation) implements TermAttrs {
        public Learned(String rationale, double probability, String features, Who who) {
            this(rationale, probability, features, who.speaker(), who.paraphraseOf(), who.affiliation());
        }
    }
}
