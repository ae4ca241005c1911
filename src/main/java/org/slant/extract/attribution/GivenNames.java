package org.slant.extract.attribution;

import java.util.Map;

/**
 * The compiled gender-words lexicon ({@code lexicons/attribution/gender-words.yaml}): given names that,
 * before a surname, tell a person's gender ("Rosa Lind": she), and nouns that do in a source phrase ("the
 * spokeswoman"). A word listed under both genders tells nothing.
 */
public final class GivenNames {

    static final GivenNames NONE = new GivenNames(Map.of(), Map.of(), Map.of());

    private final Map<String, String> names;
    private final Map<String, String> nouns;
    /** The entries that list a word, keyed "given-name:word" or "noun:word" (for the lexicon's examples). */
    private final Map<String, java.util.Set<String>> ids;

    GivenNames(Map<String, String> names, Map<String, String> nouns, Map<String, java.util.Set<String>> ids) {
        this.names = Map.copyOf(names);
        this.nouns = Map.copyOf(nouns);
        this.ids = Map.copyOf(ids);
    }

    java.util.Set<String> entries(String key) {
        return ids.getOrDefault(key, java.util.Set.of());
    }

    /** "m" or "f" for a given name (a token's norm), null when unknown or used for both. */
    public String ofName(String norm) {
        String g = names.get(norm);
        return g == null || g.isEmpty() ? null : g;
    }

    /** "m" or "f" for a gendered noun ("spokeswoman", "actress"), null otherwise. */
    public String ofNoun(String norm) {
        String g = nouns.get(norm);
        return g == null || g.isEmpty() ? null : g;
    }

    public int size() {
        return names.size() + nouns.size();
    }
}
