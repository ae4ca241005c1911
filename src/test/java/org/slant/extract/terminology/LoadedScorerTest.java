package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.model.Content;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast scorer's own bookkeeping against the plain answers ({@link LoadedModelTest} holds its sums). */
class LoadedScorerTest {

    @Test
    void theScorerKnowsWhichWordsAreQuotedAsTheQuoteIndexDoes() {
        // random texts thick with quote marks of every kind, nested, unclosed and across paragraphs: the
        // scorer's sweep over the quotations against Content.quoteAt, word by word
        LoadedModel m = LoadedModel.shipped();
        LoadedScorer scorer = new LoadedScorer(m);
        float q0 = scorer.quotedWeights()[0];
        String[] pieces = {"word", "Name", "the", " ", " ", ", ", ". ", "\u201c", "\u201d", "\"", "'", "\u2018",
                "\u2019", "\u00ab", "\u00bb", "\u201e", "''", "\n\n", "don't", "-"};
        java.util.Random random = new java.util.Random(99);
        int quotedWords = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder("It ");
            for (int k = random.nextInt(60); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            Content c = Terms.content(b.toString());
            byte[] marks = new byte[c.tokens().size()];
            float[] with = scorer.scores(c, marks);
            for (int i = 0; i < c.tokens().size(); i++) {
                org.slant.text.Token t = c.tokens().get(i);
                if (t.type() != org.slant.text.Token.Type.WORD) {
                    continue;
                }
                boolean quoted = c.quoteAt(t.start(), t.end()) != null;
                quotedWords += quoted ? 1 : 0;
                // the same score without the quotation feature, in the scorer's order of sums
                Content plain = new Content(c.raw(), c.text(), c.map(), c.blocks(), c.tokens(), c.sentences(),
                        List.of(), c.quoteIndex());
                float without = scorer.scores(plain, marks)[2 * i];
                assertEquals(quoted ? without + q0 : without, with[2 * i], 1e-5, b + " at " + t.norm());
            }
        }
        assertTrue(quotedWords > 500, "quoted words seen: " + quotedWords);
    }
}
