package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The words kept from the last search of an unmodifiable list: reused for that list only, never stale. */
class TokenWordsTest {

    private static final String[] WORDS = {"war", "chest", "the", "regime", "slammed", "IS", "is", "a", "harbour",
        "wall", "-", ",", "Chest", "machine", "machines"};

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(30); k > 0; k--) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "-" : " ");
        }
        return b.toString();
    }

    @Test
    void searchesOfCachedListsEqualSearchesOfPlainLists() {
        PhraseIndex<String> a = new PhraseIndex<>();
        a.add(new PhraseSpec(List.of("war chest"), Inflector.Rule.NONE, false), "wc");
        a.add(new PhraseSpec(List.of("regime"), Inflector.Rule.NOUN, false), "regime");
        a.add(new PhraseSpec(List.of("IS"), Inflector.Rule.NONE, true), "IS");
        PhraseIndex<String> b = new PhraseIndex<>();
        b.add(new PhraseSpec(List.of("war machine"), Inflector.Rule.NOUN, false), "wm");
        b.add(new PhraseSpec(List.of("the harbour wall"), Inflector.Rule.NONE, false), "hw");
        Random r = new Random(21);
        for (int round = 0; round < 300; round++) {
            String t1 = text(r);
            String t2 = text(r);
            List<Token> l1 = List.copyOf(Tokenizer.tokenize(t1));
            List<Token> l2 = List.copyOf(Tokenizer.tokenize(t2));
            // interleaved searches of two lists by two indexes, as the pipeline's stages make them
            for (List<Token> l : List.of(l1, l2, l1, l1, l2)) {
                String t = l == l1 ? t1 : t2;
                List<Token> plain = new ArrayList<>(l);
                assertEquals(a.findAll(plain, t), a.findAll(l, t), "round " + round);
                assertEquals(b.findAll(plain, t), b.findAll(l, t), "round " + round);
                assertEquals(a.findLongest(plain, t), a.findLongest(l, t), "round " + round);
                int[] hashes = plain.stream().mapToInt(k -> k.norm().hashCode()).toArray();
                assertEquals(a.findAll(plain, t), a.findAll(plain, hashes, t), "given hashes, round " + round);
                assertEquals(b.findAll(plain, t), b.findAll(plain, hashes, t), "given hashes, round " + round);
            }
        }
    }

    @Test
    void reusedForTheSameUnmodifiableListOnly() {
        List<Token> tokens = List.copyOf(Tokenizer.tokenize("the war chest and the regime"));
        TokenWords first = TokenWords.of(tokens);
        assertSame(first, TokenWords.of(tokens));
        List<Token> modifiable = new ArrayList<>(tokens);
        TokenWords fresh = TokenWords.of(modifiable);
        assertNotSame(fresh, TokenWords.of(modifiable));
        assertArrayEquals(first.words, fresh.words);
        assertArrayEquals(first.hashes, fresh.hashes);
        assertNotSame(first, TokenWords.of(List.copyOf(modifiable))); // an equal list, another identity
        assertEquals("regime", first.words[tokens.size() - 1]);
    }
}
