package org.slant.report.html;

import org.slant.extract.attribution.ActorGazetteer;
import org.slant.extract.attribution.ActorKind;
import org.slant.extract.attribution.ActorTerm;
import org.slant.lexicon.Lexicons;

import java.util.Locale;

/**
 * How the page names a side: actor ids ({@code russia}, {@code us}, {@code nato}) are stable names for
 * metrics and data files, not words for a reader. The name comes from the actors lexicon, the country or
 * organisation entry of that actor ("Russia", "United States", "Nato"); an actor with no such entry is
 * written from its id ("russia-opposition": "Russia opposition").
 */
final class ActorLabels {

    private final ActorGazetteer gazetteer;

    ActorLabels(Lexicons lexicons) {
        this.gazetteer = lexicons.compile(new ActorKind());
    }

    String label(String actor) {
        for (String prefix : new String[]{"country.", "org."}) {
            ActorTerm t = gazetteer.entry(prefix + actor);
            if (t != null && t.canonical() != null && !t.canonical().isBlank()) {
                return t.canonical();
            }
        }
        String words = actor.replace('-', ' ');
        return words.isEmpty() ? actor : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
