package org.slant.lexicon;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class WordMapTest {

    @Test
    void answersAsAHashMapWhateverTheStringInstance() {
        WordMap<Integer> map = new WordMap<>();
        Map<String, Integer> plain = new HashMap<>();
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            // words from a small alphabet, so that many are asked for again and some share hashes' low bits
            String w = Integer.toString(random.nextInt(3_000), 7);
            // a new instance each time: equal strings, not the same one
            String asked = new String(w.toCharArray());
            if (random.nextBoolean()) {
                Integer v = round;
                assertEquals(plain.computeIfAbsent(w, x -> v), map.computeIfAbsent(asked, () -> v), w);
            } else {
                assertEquals(plain.get(w), map.get(asked), w);
            }
        }
        assertNull(map.get("not a key"));
    }

    @Test
    void aChildIsMadeOnceAndKeptByIdentity() {
        WordMap<Object> map = new WordMap<>();
        Object child = map.computeIfAbsent("war", Object::new);
        assertSame(child, map.computeIfAbsent("war", Object::new));
        assertSame(child, map.get(new String("war")));
    }
}
