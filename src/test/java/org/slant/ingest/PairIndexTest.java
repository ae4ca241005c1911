package org.slant.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairIndexTest {

    private static List<Integer> byIndex(PairIndex index, String hay, String w) {
        List<Integer> out = new ArrayList<>();
        for (int k = index.first(w); k >= 0; k = index.next(w, k)) {
            out.add(k);
        }
        return out;
    }

    private static List<Integer> byIndexOf(String hay, String w) {
        List<Integer> out = new ArrayList<>();
        for (int k = hay.indexOf(w); k >= 0; k = hay.indexOf(w, k + 1)) {
            out.add(k);
        }
        return out;
    }

    @Test
    void findsWhatIndexOfFindsOverlappingOnesAndOneCharacterWordsToo() {
        String hay = "aaaa told ©told\n  tolder (c) toldtold by By a";
        PairIndex index = new PairIndex(hay);
        for (String w : List.of("aa", "told", "©", "(c)", "by", "By", "a", "zz", "told ")) {
            assertEquals(byIndexOf(hay, w), byIndex(index, hay, w), w);
        }
        assertEquals(List.of(0, 1, 2), byIndex(index, hay, "aa"));
    }

    @Test
    void agreesWithIndexOfOnRandomTextIncludingCollidingBuckets() {
        Random r = new Random(7);
        String alphabet = "ab\u4000\u0080 \n©";   // \u4000 and \u0080 share low bits with other characters
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String hay = b.toString();
            PairIndex index = new PairIndex(hay);
            for (int t = 0; t < 10; t++) {
                StringBuilder w = new StringBuilder();
                int len = 1 + r.nextInt(4);
                for (int i = 0; i < len; i++) {
                    w.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                assertEquals(byIndexOf(hay, w.toString()), byIndex(index, hay, w.toString()), hay + " / " + w);
            }
        }
    }

    @Test
    void theLoweredIndexIsTheIndexOfTheAsciiLoweredText() {
        Random r = new Random(11);
        String alphabet = "aAbBzZ@[\u00c9\u00e9 \n";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(200); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String hay = b.toString();
            String lowered = ClueWindows.asciiLower(hay);
            PairIndex index = PairIndex.asciiLowered(hay);
            for (String w : List.of("a", "ab", "zz", "a@", "\u00e9a", "ba b", "@")) {
                assertEquals(byIndexOf(lowered, w), byIndex(index, lowered, w), hay + " / " + w);
            }
        }
    }
}
