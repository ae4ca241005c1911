package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;
import org.slant.text.Forms;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The similarity feature by form ids gives the same figures as by the words' strings, on random articles. */
class SimilarityTest {

    /** Content words, stop words, short words, capitalised and accented forms, numbers and punctuation. */
    private static final String[] VOCABULARY = {"harbour", "Harbour", "council", "storm", "storms", "wall", "the",
        "and", "of", "it", "to", "engineers", "tide", "caf\u00e9", "Cafe", "2024", "breach", "winter", "ox", "sea",
        "warned", "cracks", "length", "newsletter", "subscribe", ",", ".", "\u2014", "don't", "Zxqv", "zxqv"};
    private static final Languages LANGUAGES = Slant.lexicons().standard().compile(new BoilerplateKind()).languages();

    private static List<BlockText> article(Random r) {
        StringBuilder raw = new StringBuilder();
        int blocks = 1 + r.nextInt(12);
        for (int b = 0; b < blocks; b++) {
            int words = r.nextInt(40);
            for (int w = 0; w < words; w++) {
                raw.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(' ');
            }
            raw.append("\n\n");
        }
        String text = raw.toString();
        List<BlockText> texts = new ArrayList<>();
        for (Block b : BlockSplitter.split(text)) {
            texts.add(BlockText.of(text, b, null, LANGUAGES));
        }
        return texts;
    }

    private static int tokens(List<BlockText> texts) {
        return texts.stream().mapToInt(t -> t.tokens().size()).sum();
    }

    @Test
    void byFormsEqualsByWordsOnRandomArticles() {
        Forms.use();
        Random r = new Random(21);
        for (int round = 0; round < 500; round++) {
            List<BlockText> texts = article(r);
            boolean[] prose = new boolean[texts.size()];
            for (int i = 0; i < prose.length; i++) {
                prose[i] = r.nextInt(3) > 0;
            }
            double[] byForms = Similarity.byForms(texts, prose);
            assertNotNull(byForms, "every word has an id once Forms is used");
            assertArrayEquals(Similarity.byWords(texts, prose, tokens(texts)), byForms, "round " + round);
            assertArrayEquals(byForms, Similarity.of(texts, prose));
        }
    }

    @Test
    void aWordWithoutAnIdFallsBackToTheStrings() {
        Forms.use();
        List<BlockText> texts = new ArrayList<>(article(new Random(5)));
        texts.add(withoutIds(BlockText.of("unseen harbour walls\n", new Block(0, 0, 20, false), null, LANGUAGES)));
        boolean[] prose = new boolean[texts.size()];
        java.util.Arrays.fill(prose, true);
        assertNull(Similarity.byForms(texts, prose));
        double[] expected = Similarity.byWords(texts, prose, tokens(texts));
        assertArrayEquals(expected, Similarity.of(texts, prose));
        assertEquals(texts.size(), expected.length);
    }

    private static BlockText withoutIds(BlockText b) {
        List<Token> ts = b.tokens().stream()
                .map(t -> new Token(t.start(), t.end(), t.type(), t.norm(), t.glued(), -1)).toList();
        return new BlockText(b.block(), b.text(), ts, b.words(), b.letters(), b.scriptLetters(), b.nonSpace(),
                b.linkChars(), b.capWords(), b.digits(), b.punct(), b.commas(), b.sentenceEnds(), b.stopHits(),
                b.stopMasks(), b.hashes(),
                java.util.Arrays.stream(b.contentForms()).map(f -> f >= 0 ? BlockText.NO_ID : f).toArray(),
                b.markup(), b.triggerRules());
    }
}
