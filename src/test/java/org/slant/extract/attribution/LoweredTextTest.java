package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoweredTextTest {

    private static boolean contains(String raw, int from, int to, String s) {
        return LoweredText.contains(raw.toCharArray(), from, to, s);
    }

    @Test
    void findsAStringInTheLoweredPartOnly() {
        String raw = "xx A Post Shared By Ana yy";
        assertTrue(contains(raw, 0, raw.length(), "a post shared by"));
        assertFalse(contains(raw, 4, raw.length(), "a post shared by"));   // starts after the "A"
        assertFalse(contains(raw, 0, 18, "a post shared by"));             // ends before the 'y'
        assertTrue(contains("(@Handle)", 0, 9, "(@"));
    }

    @Test
    void charactersThatLowerWithTheirNeighboursGiveTheWholeStringsAnswer() {
        // U+0130 lowers to two characters, a capital sigma at a word's end to a final sigma
        String raw = "\u0130stanbul ΟΔΟΣ";
        for (String s : new String[]{"i\u0307s", "οδος", "οδοσ", "stanbul"}) {
            assertEquals(raw.toLowerCase(Locale.ROOT).contains(s), contains(raw, 0, raw.length(), s), s);
        }
    }

    @Test
    void agreesWithLoweringACopyOnRandomText() {
        char[] alphabet = {'a', 'B', '@', '(', ' ', 'p', 'P', '\u0130', 'i', '\u0307', '\u03A3', 'σ', 'ς', 'É', 'é',
                '\uD801', '\uDC00', '\uD801', '\uDC28'};
        String[] needles = {"@", "(@", "pb", "a@", "i\u0307", "σ", "ς", "é", "\uD801\uDC28", "b p"};
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            char[] c = new char[random.nextInt(12)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String raw = new String(c);
            int from = c.length == 0 ? 0 : random.nextInt(c.length + 1);
            int to = from + random.nextInt(c.length - from + 1);
            String s = needles[random.nextInt(needles.length)];
            assertEquals(raw.substring(from, to).toLowerCase(Locale.ROOT).contains(s),
                    contains(raw, from, to, s), () -> raw + " [" + from + "," + to + ") " + s);
        }
    }
}
