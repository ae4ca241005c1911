package org.slant.lexicon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A word set answers as the plain set of the same words, on random words, and cannot be changed. */
class WordSetTest {

    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            b.append((char) ('a' + r.nextInt(5)));
        }
        return b.toString();
    }

    @Test
    void answersAsThePlainSetOnRandomWords() {
        Random r = new Random(21);
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int k = r.nextInt(40); k > 0; k--) {
                words.add(word(r));
            }
            Set<String> plain = new HashSet<>(words);
            WordSet set = WordSet.copyOf(words);
            assertEquals(plain, set);
            assertEquals(plain.size(), set.size());
            for (int k = 0; k < 200; k++) {
                // a new string of the same characters: found by equals, not only by identity
                String w = new String(word(r).toCharArray());
                assertEquals(plain.contains(w), set.contains(w), w);
            }
        }
    }

    @Test
    void unmodifiableAndNullHostileLikeSetOf() {
        Set<String> set = WordSet.of("who", "which", "who");
        assertEquals(List.of("who", "which"), new ArrayList<>(set));
        assertTrue(set.contains("which"));
        assertFalse(set.contains(42));
        assertThrows(NullPointerException.class, () -> set.contains(null));
        assertThrows(UnsupportedOperationException.class, () -> set.add("that"));
        java.util.Iterator<String> it = set.iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertThrows(NullPointerException.class, () -> WordSet.of("a", null));
    }
}
