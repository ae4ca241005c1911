package org.slant.extract.attribution;

import org.slant.lexicon.Lexicons;
import org.slant.text.English;

/**
 * How pages for people (the report, the worksheets) name a side: actor ids ({@code russia}, {@code us}, {@code nato}) are stable names for
 * metrics and data files, not words for a reader. The name comes from the actors lexicon, the country or
 * organisation entry of that actor ("Russia", "United States", "Nato"); an actor with no such entry is
 * written from its id ("russia-opposition": "Russia opposition").
 */
public final class ActorLabels {

    private final ActorGazetteer gazetteer;

    public ActorLabels(Lexicons lexicons) {
        this.gazetteer = lexicons.compile(new ActorKind());
    }

    public String label(String actor) {
        for (String prefix : new String[]{"country.", "org."}) {
            ActorTerm t = gazetteer.entry(prefix + actor);
            if (t != null && t.canonical() != null && !t.canonical().isBlank()) {
                return t.canonical();
            }
        }
        return English.capital(actor.replace('-', ' '));
    }
}
