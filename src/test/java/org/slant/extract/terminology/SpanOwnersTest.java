package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanOwnersTest {

    @Test
    void ownsWhatPaintingEveryCharacterOwns() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 2_000; round++) {
            int length = 1 + random.nextInt(60);
            int spans = random.nextInt(8);
            int[] starts = new int[spans];
            int[] ends = new int[spans];
            int[] ids = new int[spans];
            int[] naive = new int[length];
            Arrays.fill(naive, -1);
            for (int k = 0; k < spans; k++) {
                // some spans empty or starting past the text (Voices cuts ends to it), nested and overlapping ones
                starts[k] = random.nextInt(length + 5);
                ends[k] = Math.min(length, starts[k] + random.nextInt(length) - 3);
                ids[k] = random.nextInt(5);
                for (int c = starts[k]; c < Math.min(length, ends[k]); c++) {
                    naive[c] = ids[k];
                }
            }
            SpanOwners owners = SpanOwners.paint(starts, ends, ids);
            for (int c = -2; c < length; c++) {
                assertEquals(c >= 0 ? naive[c] : -1, owners.at(c), "round " + round + " at " + c);
            }
        }
    }

    @Test
    void noSpansOwnNothing() {
        SpanOwners owners = SpanOwners.paint(new int[0], new int[0], new int[0]);
        assertEquals(-1, owners.at(0));
        assertEquals(-1, owners.at(17));
    }
}
