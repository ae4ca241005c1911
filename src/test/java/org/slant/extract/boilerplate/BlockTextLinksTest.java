package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.text.Block;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A block's link characters are those {@link TextLinks} counts over the block, also where the block's own pass
 * finds no sign of a link and skips that scan: on random text made of the characters links are made of.
 */
class BlockTextLinksTest {

    private static final Languages LANGUAGES = Slant.lexicons().standard().compile(new BoilerplateKind()).languages();
    private static final String[] PIECES = {"[", "]", "(", ")", "<", ">", "http", "https", "://", ":", "/", "www", ".",
        "w", "h", "t", " ", "word", "W", "x", "\u00e9", "\u201c", "ww.", "example.org"};

    @Test
    void linkCharsAreTextLinksCountOnRandomBlocks() {
        Random r = new Random(21);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            BlockText bt = BlockText.of(text, new Block(0, 0, text.length(), false), null, LANGUAGES);
            assertEquals(TextLinks.linkChars(text.toCharArray(), 0, text.length()), bt.linkChars(), text);
        }
    }
}
