package org.slant.extract.terminology;

import org.slant.lexicon.PhraseSpec;

import java.util.List;

/**
 * One compiled terminology entry.
 *
 * @param id       stable rule id (the {@code rule} of its findings)
 * @param weight   1 (mild) to 3 (strong)
 * @param phrase   what it matches; null for the scare-quote rule, which matches quotations, not words
 * @param naming   set, variant and convention of a contested name; null for other categories
 * @param location file:line:column of the entry, for messages
 */
public record TermEntry(String id, Category category, int weight, String rationale, PhraseSpec phrase,
                        ContextRule context, Naming naming, String location, List<String> mustMatch,
                        List<String> mustNotMatch) {

    public TermEntry {
        mustMatch = List.copyOf(mustMatch);
        mustNotMatch = List.copyOf(mustNotMatch);
    }

    /** A variant of a contested name: which set, which variant, and the naming convention it follows. */
    public record Naming(String set, String variant, String convention) {
    }
}
