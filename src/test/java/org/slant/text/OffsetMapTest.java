package org.slant.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffsetMapTest {

    @Test
    void separatorsMapOutward() {
        String raw = "aaaXXbbb";
        OffsetMap.Builder b = new OffsetMap.Builder(raw).slice(0, 3).separator("\n\n").slice(5, 8);
        assertEquals("aaa\n\nbbb", b.text());
        OffsetMap m = b.map();
        assertEquals(0, m.correctOffset(0));
        assertEquals(5, m.correctOffset(3));   // inside the separator: next slice
        assertEquals(3, m.correctEndOffset(4)); // end inside the separator: previous slice
        assertEquals(8, m.correctEndOffset(8));
        assertEquals(6, m.correctOffset(6));
    }

    @Test
    void aUnitMapsAsAWhole() {
        // "a&amp;b" -> "a&b": the '&' stands for five source characters
        PieceMap m = new PieceMap.Builder().slice(0, 1, 0).unit(1, 1, 1, 5).slice(2, 1, 6).build();
        assertEquals(1, m.correctOffset(1));
        assertEquals(6, m.correctEndOffset(2));  // an end after the entity is after all of it
        assertEquals(6, m.correctOffset(2));
        assertEquals(7, m.correctEndOffset(3));
        // a point: characters placed at one source offset with no extent
        PieceMap p = new PieceMap.Builder().slice(0, 2, 10).unit(2, 3, 20, 0).build();
        assertEquals(20, p.correctOffset(3));
        assertEquals(20, p.correctEndOffset(5));
        assertEquals(2, p.pieces());
    }

    @Test
    void adjacentSlicesMerge() {
        PieceMap m = new PieceMap.Builder().slice(0, 3, 5).slice(3, 4, 8).slice(7, 1, 20).build();
        assertEquals(2, m.pieces());
        assertEquals(9, m.correctOffset(4));
        assertEquals(20, m.correctOffset(7));
    }

    /**
     * Slicing twice and composing the two maps finds every character's origin: C cut from B cut from A, and
     * {@code c.compose(b)} corrects an offset of C into A exactly where the character came from.
     */
    @Property(tries = 300, seed = "15")
    void composedMapsFindEachCharactersOrigin(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int length) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String a = randomText(rnd, length);
        int[] originA = identityOrigins(a.length());
        Cut b = cut(rnd, a, originA);
        Cut c = cut(rnd, b.text, b.origin);
        OffsetMap composed = c.map.compose(b.map);
        for (int k = 0; k < c.text.length(); k++) {
            if (c.origin[k] >= 0) {
                assertEquals(c.origin[k], composed.correctOffset(k), "start of " + k);
                assertEquals(c.origin[k] + 1, composed.correctEndOffset(k + 1), "end of " + k);
                assertEquals(a.charAt(c.origin[k]), c.text.charAt(k));
            }
        }
        // corrected offsets never go backwards, and a range never turns inside out
        for (int k = 1; k <= c.text.length(); k++) {
            assertTrue(composed.correctOffset(k - 1) <= composed.correctOffset(k));
            assertTrue(composed.correctEndOffset(k - 1) <= composed.correctEndOffset(k));
        }
        // the identity changes nothing, on either side
        OffsetMap left = OffsetMap.identity(c.text.length()).compose(composed);
        OffsetMap right = composed.compose(OffsetMap.identity(a.length()));
        for (int k = 0; k <= c.text.length(); k++) {
            assertEquals(composed.correctOffset(k), left.correctOffset(k));
            assertEquals(composed.correctEndOffset(k), left.correctEndOffset(k));
            if (composed.correctOffset(k) < a.length()) {
                assertEquals(composed.correctOffset(k), right.correctOffset(k));
            }
        }
    }

    /** Composition is associative: how a chain of three maps is grouped does not matter. */
    @Property(tries = 200, seed = "16")
    void compositionIsAssociative(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String a = randomText(rnd, 200);
        Cut b = cut(rnd, a, identityOrigins(a.length()));
        Cut c = cut(rnd, b.text, b.origin);
        Cut d = cut(rnd, c.text, c.origin);
        OffsetMap one = d.map.compose(c.map).compose(b.map);
        OffsetMap two = d.map.compose(c.map.compose(b.map));
        for (int k = 0; k <= d.text.length(); k++) {
            assertEquals(one.correctOffset(k), two.correctOffset(k));
            assertEquals(one.correctEndOffset(k), two.correctEndOffset(k));
        }
    }

    private record Cut(String text, OffsetMap map, int[] origin) {
    }

    /** Random slices of {@code from} with separators between; origin: each character's index in A, or -1. */
    private static Cut cut(SplittableRandom rnd, String from, int[] fromOrigin) {
        OffsetMap.Builder b = new OffsetMap.Builder(from);
        int[] origin = new int[from.length() * 3 + 8];
        int at = 0;
        int pos = 0;
        while (pos < from.length()) {
            int skip = rnd.nextInt(4);
            int take = 1 + rnd.nextInt(12);
            int s = Math.min(from.length(), pos + skip);
            int e = Math.min(from.length(), s + take);
            if (b.length() > 0 && rnd.nextBoolean()) {
                String sep = rnd.nextBoolean() ? "\n\n" : " ";
                b.separator(sep);
                Arrays.fill(origin, at, at + sep.length(), -1);
                at += sep.length();
            }
            b.slice(s, e);
            for (int i = s; i < e; i++) {
                origin[at++] = fromOrigin[i];
            }
            pos = e;
        }
        return new Cut(b.text(), b.map(), Arrays.copyOf(origin, at));
    }

    private static int[] identityOrigins(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    private static String randomText(SplittableRandom rnd, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + rnd.nextInt(26)));
        }
        return s.toString();
    }
}
