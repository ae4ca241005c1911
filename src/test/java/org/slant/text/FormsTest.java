package org.slant.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Token forms get one id each, however the tokenizer meets them, and equal forms share one string. */
class FormsTest {

    @org.junit.jupiter.api.BeforeAll
    static void idsWanted() {
        Forms.use();
    }

    @Test
    void equalFormsShareAnIdAndAString() {
        List<Token> t = Tokenizer.tokenize("Thugs and THUGS and thugs, naïve Naïve \u201cthugs\u201d Kiev\u2019s Kiev's");
        Token a = t.get(0);
        Token b = t.get(2);
        assertEquals(a.form(), b.form());
        assertSame(a.norm(), b.norm());
        assertEquals(a.form(), t.get(4).form());
        assertEquals(t.get(6).form(), t.get(7).form(), "naïve: the form without accents, from the slow path");
        assertEquals("naive", Forms.form(t.get(6).form()));
        assertEquals(t.get(11).form(), t.get(13).form(), "the clitic 's, curly or straight");
        assertNotEquals(a.form(), t.get(1).form());
        for (Token x : t) {
            assertEquals(x.norm(), Forms.form(x.form()));
            assertEquals(Forms.of(x.norm()), x.form());
        }
    }

    @Test
    void formsUpToEightCharactersAreConfirmedByTheirPackedNumberAndLongerOnesByTheirBytes() {
        // lengths around the packed limit, found again through the tokenizer's byte path and by string
        List<Token> t = Tokenizer.tokenize("a ab abcdefg abcdefgh abcdefghi abcdefgh abcdefghi ab a");
        assertEquals(t.get(3).form(), t.get(5).form(), "eight letters");
        assertEquals(t.get(4).form(), t.get(6).form(), "nine letters");
        assertEquals(t.get(1).form(), t.get(7).form());
        assertEquals(t.get(0).form(), t.get(8).form());
        for (Token x : t) {
            assertEquals(x.norm(), Forms.form(x.form()));
            assertEquals(Forms.of(x.norm()), x.form());
        }
        java.util.Random random = new java.util.Random(21);
        for (int k = 0; k < 20_000; k++) {
            byte[] a = randomForm(random);
            byte[] b = random.nextBoolean() ? a.clone() : randomForm(random);
            long pa = Forms.packed(a, a.length);
            long pb = Forms.packed(b, b.length);
            assertEquals(a.length <= 8, pa != 0, "packed exactly when one to eight characters");
            if (pa != 0 && pb != 0) {
                assertEquals(java.util.Arrays.equals(a, b), pa == pb, "equal numbers, equal forms");
            }
        }
    }

    /** One to ten bytes over a small alphabet (with a Latin-1 letter), so that equal forms are common. */
    private static byte[] randomForm(java.util.Random random) {
        byte[] b = new byte[1 + random.nextInt(10)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) "abc\u00e9".charAt(random.nextInt(4));
        }
        return b;
    }

    @Test
    void punctuationAndNumbersHaveIdsToo() {
        List<Token> t = Tokenizer.tokenize("In 2024, \u201cwar\u201d \u2014 war.");
        for (Token x : t) {
            assertTrue(x.form() >= 0, x.toString());
            assertEquals(x.norm(), Forms.form(x.form()));
        }
        assertEquals(t.get(3).form(), t.get(5).form(), "both curly quotes are \"");
    }

    @Test
    void aTokenMadeWithoutAnIdGetsTheTokenizersId() {
        Token made = Tokenizer.tokenize("grobbler").get(0);
        assertEquals(made, new Token(0, 8, Token.Type.WORD, "grobbler", false));
    }

    @Test
    void threadsMeetingNewFormsAgreeOnTheirIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> {
                    int[] ids = new int[2000];
                    for (int k = 0; k < ids.length; k++) {
                        ids[k] = Tokenizer.tokenize("formstest" + k).get(0).form();
                    }
                    return ids;
                }));
            }
            int[] first = runs.get(0).get();
            for (Future<int[]> f : runs) {
                int[] ids = f.get();
                for (int k = 0; k < ids.length; k++) {
                    assertEquals(first[k], ids[k]);
                    assertEquals("formstest" + k, Forms.form(ids[k]));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
