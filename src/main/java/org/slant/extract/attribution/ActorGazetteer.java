package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.List;
import java.util.Map;

/** The compiled actor gazetteer: people, organisations, countries, roles and honorifics, in one token trie. */
public final class ActorGazetteer {

    private final PhraseIndex<ActorTerm> index;
    private final Map<String, ActorTerm> byEntry;

    ActorGazetteer(PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry) {
        this.index = index;
        this.byEntry = Map.copyOf(byEntry);
    }

    /** Leftmost-longest mentions in the tokens. */
    public List<PhraseIndex.Match<ActorTerm>> mentions(List<Token> tokens, CharSequence text) {
        return index.findLongest(tokens, text);
    }

    /** The main term of an entry (a person's full name, a country's name), or null. */
    public ActorTerm entry(String id) {
        return byEntry.get(id);
    }

    public int size() {
        return byEntry.size();
    }
}
