package org.slant.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clues' words as character arrays for {@link PairIndex}, as given and with ASCII letters lowered: made
 * once, not for every article (each was a lowered string and its characters read by {@code charAt} calls
 * under C1, for every candidate position: issue 21). The clues' words are constants; the caches keep a
 * thousand words at most.
 */
final class ClueWords {

    private static final int MAX = 1000;
    private static final Map<String, char[]> AS_GIVEN = new ConcurrentHashMap<>();
    private static final Map<String, char[]> LOWERED = new ConcurrentHashMap<>();

    private ClueWords() {
    }

    static char[] asGiven(String w) {
        return chars(AS_GIVEN, w, false);
    }

    static char[] lowered(String w) {
        return chars(LOWERED, w, true);
    }

    /** The array handed out is shared: callers only read it. */
    private static char[] chars(Map<String, char[]> cache, String w, boolean lower) {
        char[] c = cache.get(w);
        if (c == null) {
            c = (lower ? ClueWindows.asciiLower(w) : w).toCharArray();
            if (cache.size() < MAX) {
                cache.put(w, c);
            }
        }
        return c;
    }
}
