package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.slant.text.Tokenizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseIndexTest {

    private static List<String> find(PhraseIndex<String> idx, String text) {
        return idx.findLongest(Tokenizer.tokenize(text), text).stream().map(PhraseIndex.Match::payload).toList();
    }

    @Test
    void multiWordInflectedCaseInsensitive() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.add(new PhraseSpec(List.of("war machine"), Inflector.Rule.NOUN, false), "wm");
        idx.add(new PhraseSpec(List.of("regime"), Inflector.Rule.NOUN, false), "regime");
        idx.add(new PhraseSpec(List.of("slam"), Inflector.Rule.VERB, false), "slam");
        assertEquals(List.of("wm", "regime"), find(idx, "Russia's War Machines and the regimes"));
        assertEquals(List.of("slam", "slam"), find(idx, "She slammed it; he is slamming it"));
    }

    @Test
    void hyphenatedAndSpacedFormsAreOnePhrase() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.add(new PhraseSpec(List.of("war chest"), Inflector.Rule.NONE, false), "wc");
        assertEquals(List.of("wc", "wc"), find(idx, "a huge war-chest and a war chest"));
    }

    @Test
    void caseSensitiveEntries() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.add(new PhraseSpec(List.of("IS"), Inflector.Rule.NONE, true), "is");
        assertEquals(List.of("is"), find(idx, "this is what IS claimed"));
    }

    @Test
    void longestMatchWins() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.add(new PhraseSpec(List.of("military operation"), Inflector.Rule.NONE, false), "mo");
        idx.add(new PhraseSpec(List.of("special military operation"), Inflector.Rule.NONE, false), "smo");
        assertEquals(List.of("smo"), find(idx, "the special military operation began"));
        assertEquals(List.of("mo"), find(idx, "its military operation in"));
    }

    @Test
    void inflections() {
        assertEquals(List.of("regime", "regimes"), List.copyOf(Inflector.forms("regime", Inflector.Rule.NOUN)));
        assertEquals(List.of("blast", "blasts", "blasted", "blasting"), List.copyOf(Inflector.forms("blast", Inflector.Rule.VERB)));
        assertEquals(List.of("deny", "denies", "denied", "denying"), List.copyOf(Inflector.forms("deny", Inflector.Rule.VERB)));
        assertEquals(List.of("claim", "claims", "claimed", "claiming"), List.copyOf(Inflector.forms("claim", Inflector.Rule.VERB)));
        assertEquals(List.of("note", "notes", "noted", "noting"), List.copyOf(Inflector.forms("note", Inflector.Rule.VERB)));
    }

    @Test
    void theStartFilterLosesNoMatchWhenManyWordsShareItsBits() {
        // 20,000 one- to three-word phrases over 30,000 words: more first words than the filter has bits
        java.util.Random r = new java.util.Random(21);
        PhraseIndex<String> idx = new PhraseIndex<>();
        java.util.Map<String, String> phrases = new java.util.HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            List<String> words = new java.util.ArrayList<>();
            for (int k = r.nextInt(3); k >= 0; k--) {
                words.add("w" + r.nextInt(30_000));
            }
            String key = String.join(" ", words);
            if (phrases.putIfAbsent(key, "p" + i) == null) {
                idx.add(words, false, "p" + i);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("w").append(r.nextInt(30_000)).append(' ');
        }
        List<org.slant.text.Token> tokens = Tokenizer.tokenize(text.toString());
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
                key.append(j > i ? " " : "").append(tokens.get(j).norm());
                String p = phrases.get(key.toString());
                if (p != null) {
                    expected.add(i + ":" + p);
                }
            }
        }
        List<String> got = idx.findAll(tokens, text).stream().map(m -> m.firstToken() + ":" + m.payload()).toList();
        assertEquals(expected, got);
        org.junit.jupiter.api.Assertions.assertTrue(expected.size() > 1_000, "matches: " + expected.size());
    }

    /**
     * findAll gives every occurrence of every phrase, as a scan of each phrase at each position does, whatever
     * the filters on first words, pairs and following words turn away: random phrases of one to three words
     * over a small vocabulary (so that first words, pairs and hash buckets are shared), on random texts.
     */
    @Test
    void findAllIsEveryOccurrenceOfEveryPhrase() {
        java.util.Random rnd = new java.util.Random(11);
        String[] vocab = {"the", "a", "war", "chest", "all", "rights", "reserved", "said", "he", "of", "x"};
        for (int round = 0; round < 300; round++) {
            PhraseIndex<Integer> idx = new PhraseIndex<>();
            List<List<String>> phrases = new java.util.ArrayList<>();
            for (int p = rnd.nextInt(8); p >= 0; p--) {
                List<String> words = new java.util.ArrayList<>();
                for (int w = 1 + rnd.nextInt(3); w > 0; w--) {
                    words.add(vocab[rnd.nextInt(vocab.length)]);
                }
                idx.add(words, false, phrases.size());
                phrases.add(words);
            }
            StringBuilder text = new StringBuilder();
            for (int w = rnd.nextInt(30); w > 0; w--) {
                text.append(vocab[rnd.nextInt(vocab.length)]).append(' ');
            }
            var tokens = Tokenizer.tokenize(text);
            java.util.Set<String> expected = new java.util.TreeSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                for (int k = 0; k < phrases.size(); k++) {
                    List<String> ph = phrases.get(k);
                    boolean at = i + ph.size() <= tokens.size();
                    for (int w = 0; at && w < ph.size(); w++) {
                        at = tokens.get(i + w).norm().equals(ph.get(w));
                    }
                    if (at) {
                        expected.add(i + ":" + (i + ph.size()) + ":" + k);
                    }
                }
            }
            java.util.Set<String> found = new java.util.TreeSet<>();
            for (PhraseIndex.Match<Integer> m : idx.findAll(tokens, text)) {
                found.add(m.firstToken() + ":" + m.endToken() + ":" + m.payload());
            }
            assertEquals(expected, found, text.toString());
        }
    }
}
