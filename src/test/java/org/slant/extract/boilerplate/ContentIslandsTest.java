package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Small islands of content far from the article's text are dropped; the article and large islands stay. */
class ContentIslandsTest {

    private static final String PROSE = "The council agreed on Tuesday to repair the harbour wall before the winter storms, "
            + "after engineers found cracks along a third of its length and warned that the next high tide could breach it.";

    /** The mechanism with a gap of 8 blocks, a quarter and 100 words (the layouts below count on them). */
    private static final Tuning EIGHT = new Tuning(2.5, 8, 0.25, 100);

    /** Blocks: P = prose labelled content by the model, N = a menu line labelled navigation, B = a short pitch kept. */
    private static boolean[] stray(String layout) {
        StringBuilder text = new StringBuilder();
        for (char c : layout.toCharArray()) {
            text.append(c == 'P' ? PROSE : c == 'B' ? "Sign up for our weekly letter and never miss a story." : "Home")
                    .append("\n\n");
        }
        String raw = text.toString();
        List<Block> blocks = BlockSplitter.split(raw);
        Languages languages = Slant.lexicons().standard().compile(new BoilerplateKind()).languages();
        List<BlockText> texts = new ArrayList<>();
        Category[] label = new Category[blocks.size()];
        String[] rule = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            texts.add(BlockText.of(raw, blocks.get(i), null, languages));
            label[i] = layout.charAt(i) == 'N' ? Category.NAVIGATION : Category.CONTENT;
            rule[i] = BlockClassifier.MODEL_RULE;
        }
        return ContentIslands.stray(texts, label, rule, BlockClassifier.MODEL_RULE, EIGHT);
    }

    private static boolean[] flags(String layout, char marked) {
        boolean[] out = new boolean[layout.length()];
        for (int i = 0; i < layout.length(); i++) {
            out[i] = layout.charAt(i) == marked;
        }
        return out;
    }

    @Test
    void aPitchPastALongMenuIsDropped() {
        String layout = "NNPPPPNNNNNNNNNB";
        assertArrayEquals(flags(layout, 'B'), stray(layout));
    }

    @Test
    void aPitchCloseToTheArticleStays() {
        // seven menu lines are not yet a gap: the pitch may be the article's closing line
        String layout = "PPPPNNNNNNNB";
        assertArrayEquals(new boolean[layout.length()], stray(layout));
    }

    @Test
    void aSecondHalfOfTheArticleStays() {
        // a gallery of eight lines in the middle of a story: the part after it is as long as the part before
        String layout = "PPPNNNNNNNNPPP";
        boolean[] none = new boolean[layout.length()];
        assertArrayEquals(none, stray(layout), Arrays.toString(stray(layout)));
    }
}
