package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The compact form table answers as a hash map would, colliding hashes and absent keys included. */
class FormTableTest {

    @Test
    void everyKeyFindsItsRowAndOthersNone() {
        Random r = new Random(3);
        Map<String, float[]> expected = new HashMap<>();
        // "Aa" and "BB" (and their concatenations) share a String hash: the key check must tell them apart
        for (String k : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "’s", "naïve")) {
            expected.put(k, new float[]{k.length(), r.nextFloat()});
        }
        for (int i = 0; i < 5000; i++) {
            expected.put("w" + Integer.toString(r.nextInt(1_000_000), 36), new float[]{i, r.nextFloat()});
        }
        List<String> keys = new ArrayList<>(expected.keySet());
        FormTable t = new FormTable(keys, keys.stream().map(expected::get).toList());
        for (String k : keys) {
            assertArrayEquals(expected.get(k), t.get(k), k);
        }
        int absent = 0;
        for (int i = 0; i < 5000; i++) {
            String k = "x" + Integer.toString(r.nextInt(1_000_000), 36);
            assertNull(t.get(k), k);
            absent++;
        }
        assertNull(t.get("AaBBAa"));
        assertEquals(5000, absent);
    }

    @Test
    void anEmptyTableHoldsNothing() {
        assertNull(new FormTable(List.of(), List.of()).get("word"));
    }
}
