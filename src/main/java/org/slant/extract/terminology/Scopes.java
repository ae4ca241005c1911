package org.slant.extract.terminology;

import org.slant.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which contested-naming sets an article is not about: a set with scope words counts only when the
 * article's own text uses them at least {@link #MIN_MENTIONS} times, or the name itself holds one ("the war
 * in Ukraine"). Not the name's sentence: "veterans of the military operation, who later fought in Ukraine"
 * in an article on Chechnya would count. Two, not one: an article on Chechnya that mentions Ukraine once
 * in passing is still not about the war in Ukraine. One pass over the tokens.
 */
final class Scopes {

    static final int MIN_MENTIONS = 2;

    private Scopes() {
    }

    static Set<String> unmet(TerminologyLexicon lexicon, List<Token> tokens) {
        Map<String, Set<String>> scopes = lexicon.scopes();
        if (scopes.isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> mentions = new HashMap<>();
        for (Token t : tokens) {
            if (t.type() != Token.Type.WORD) {
                continue;
            }
            String w = t.norm().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> s : scopes.entrySet()) {
                if (s.getValue().contains(w)) {
                    mentions.merge(s.getKey(), 1, Integer::sum);
                }
            }
        }
        Set<String> unmet = new TreeSet<>();
        for (String set : scopes.keySet()) {
            if (mentions.getOrDefault(set, 0) < MIN_MENTIONS) {
                unmet.add(set);
            }
        }
        return unmet;
    }

    /** Whether the name itself names its subject ("invasion of Ukraine", "war in Ukraine"). */
    static boolean named(Set<String> scope, List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (scope.contains(tokens.get(t).norm().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
