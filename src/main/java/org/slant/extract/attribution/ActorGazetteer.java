package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The compiled actor gazetteer: people, organisations, countries, roles and honorifics, in one token trie,
 * and behind it the general actor table ({@link ActorTable}) for the full names the trie does not hold,
 * with the sides its countries and US parties speak for.
 */
public final class ActorGazetteer {

    private final PhraseIndex<ActorTerm> index;
    private final Map<String, ActorTerm> byEntry;
    private final Map<String, String> sides;
    private final Map<String, Prefix> prefixes;
    private final Supplier<ActorTable> table;

    /** A word joined by a hyphen to a place ("pro-Russian"): the place is the side ({@code side}) or what the speaker opposes. */
    public record Prefix(String entryId, boolean side) {
    }

    ActorGazetteer(PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry, Map<String, String> sides,
                   Map<String, Prefix> prefixes, Supplier<ActorTable> table) {
        this.index = index;
        this.byEntry = Map.copyOf(byEntry);
        this.sides = Map.copyOf(sides);
        this.prefixes = Map.copyOf(prefixes);
        this.table = table;
    }

    /** The prefix entry with this id, or null. */
    Prefix prefix(String id) {
        return prefixes.values().stream().filter(p -> p.entryId().equals(id)).findFirst().orElse(null);
    }

    /** The prefix glued to the place mention at token {@code first} ("pro" in "pro-Russian"), or null. */
    Prefix prefixBefore(List<Token> tokens, int first) {
        return first > 0 && tokens.get(first).glued() ? prefixes.get(tokens.get(first - 1).norm()) : null;
    }

    /** Leftmost-longest mentions in the tokens: the lexicon's, then the actor table's full names and their surnames. */
    public List<PhraseIndex.Match<ActorTerm>> mentions(List<Token> tokens, CharSequence text) {
        List<PhraseIndex.Match<ActorTerm>> found = index.findLongest(tokens, text);
        found = PartyLabels.add(found, tokens, text, party -> sides.get("party:" + party));
        return TableMentions.add(found, tokens, text, table.get(), this::side, this::home);
    }

    /**
     * The side of a person of the actor table: their US party's actor when a lexicon entry names it (an
     * organisation with {@code party}), else their country's (a country with {@code iso}), else
     * {@link Source#UNKNOWN}: a known person of a country with no side is still unknown.
     */
    String side(ActorTable.Person p) {
        if (!p.party().isEmpty()) {
            String party = sides.get("party:" + p.party());
            if (party != null) {
                return party;
            }
        }
        return sides.getOrDefault("country:" + p.country(), Source.UNKNOWN);
    }

    /** The side of a table person's country (not their party), or {@link Source#UNKNOWN}. */
    String home(ActorTable.Person p) {
        return sides.getOrDefault("country:" + p.country(), Source.UNKNOWN);
    }

    /** The main term of an entry (a person's full name, a country's name), or null. */
    public ActorTerm entry(String id) {
        return byEntry.get(id);
    }

    public int size() {
        return byEntry.size();
    }
}
