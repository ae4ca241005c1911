package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.extract.boilerplate.Category;
import org.slant.text.Block;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldBlocksTest {

    private static final GoldBlocks GOLD = new GoldBlocks("""
            The town council approved the new cycle lanes on Tuesday after a long debate.

            Funding

            Work on the first lane will start in the spring, the mayor said.""");

    @Test
    void aParagraphOfTheGoldIsContentEvenWhenSlightlyReworded() {
        assertTrue(GOLD.content("The town council approved the new cycle lanes on Tuesday after a long debate."));
        assertTrue(GOLD.content("Work on the first lane will start in the spring, the mayor told reporters."));
    }

    @Test
    void aShortBlockCountsOnlyAsAWholeLineOfTheGold() {
        assertTrue(GOLD.content("Funding"));
        assertFalse(GOLD.content("Share"));
        assertFalse(GOLD.content("the mayor"), "two words that occur inside a sentence are not a line of the article");
    }

    @Test
    void aTeaserSharingAPhraseIsNotContent() {
        assertFalse(GOLD.content("Read next: the mayor said the spring budget would be cut for schools and parks"));
        assertFalse(GOLD.content(""));
    }

    @Test
    void labelsEveryBlock() {
        String raw = "Funding\n\nSubscribe now";
        List<Category> l = GOLD.label(raw, List.of(new Block(0, 0, 7, false), new Block(1, 9, raw.length(), false)));
        assertEquals(List.of(Category.CONTENT, Category.NAVIGATION), l);
    }
}
