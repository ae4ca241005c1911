package org.slant.extract.terminology;

import org.slant.lexicon.PhraseIndex;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The compiled terminology lexicons: one token trie for every finding entry (matching is linear in the
 * text and flat in the number of entries), one for the speech cues around quotations, the scare-quote
 * rule, and the contested-naming sets with the conventions their variants follow.
 */
public final class TerminologyLexicon {

    private final Map<String, TermEntry> entries;
    private final PhraseIndex<TermEntry> terms;
    private final PhraseIndex<TermEntry> cues;
    private final ScareQuoteRule scareQuote;
    private final Map<String, NamingSet> sets;
    private final Map<String, String> conventions;
    private final Map<String, java.util.Set<String>> scopes;
    private final Map<String, List<String>> scopeWords;

    TerminologyLexicon(Map<String, TermEntry> entries, PhraseIndex<TermEntry> terms, PhraseIndex<TermEntry> cues,
                       ScareQuoteRule scareQuote, Map<String, NamingSet> sets, Map<String, String> conventions,
                       Map<String, java.util.Set<String>> scopes) {
        this.entries = Map.copyOf(entries);
        this.terms = terms;
        this.cues = cues;
        this.scareQuote = scareQuote;
        this.sets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sets));
        this.conventions = Map.copyOf(conventions);
        this.scopes = Map.copyOf(scopes);
        Map<String, List<String>> words = new java.util.HashMap<>();
        new java.util.TreeMap<>(scopes).forEach((set, ws) -> ws.forEach(w ->
                words.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(set)));
        words.replaceAll((w, owners) -> List.copyOf(owners));
        this.scopeWords = Map.copyOf(words);
    }

    /** The words that put an article in a set's subject, or an empty set when the set has no scope. */
    public java.util.Set<String> scope(String set) {
        return scopes.getOrDefault(set, java.util.Set.of());
    }

    /** Each scope word with the sets it is a scope word of. */
    Map<String, List<String>> scopeWords() {
        return scopeWords;
    }

    /** The sets that have a scope. */
    Map<String, java.util.Set<String>> scopes() {
        return scopes;
    }

    public TermEntry entry(String id) {
        return entries.get(id);
    }

    public Collection<TermEntry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    PhraseIndex<TermEntry> terms() {
        return terms;
    }

    PhraseIndex<TermEntry> cues() {
        return cues;
    }

    /** The scare-quote rule, or null when no lexicon defines one (then no scare quotes are reported). */
    public ScareQuoteRule scareQuote() {
        return scareQuote;
    }

    /** Contested-naming sets in a stable order (by id). */
    public List<NamingSet> sets() {
        return sets.values().stream().sorted(java.util.Comparator.comparing(NamingSet::id)).toList();
    }

    public NamingSet set(String id) {
        return sets.get(id);
    }

    public String convention(String id) {
        return conventions.get(id);
    }
}
