package org.slant.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockSplitterTest {

    private static List<String> blocks(String s) {
        return BlockSplitter.split(s).stream().map(b -> b.in(s)).toList();
    }

    @Test
    void eachLineOfScrapedTextIsABlock() {
        assertEquals(List.of("Caption of a photo", "Caption of a photo - Credit/AFP", "Body text."),
                blocks("Caption of a photo\nCaption of a photo - Credit/AFP\n\nBody text.\n"));
    }

    @Test
    void hardWrappedLinesJoin() {
        assertEquals(List.of("A long paragraph that was\nwrapped by the editor here."),
                blocks("A long paragraph that was\nwrapped by the editor here."));
    }

    @Test
    void paragraphBrokenMidSentenceIsMarkedAsContinuation() {
        List<Block> b = BlockSplitter.split("revived security\n\nfears for the Games.\n\nNext one.");
        assertEquals(3, b.size());
        assertTrue(b.get(1).continuation());
        assertFalse(b.get(2).continuation());
    }

    @Test
    void crlfAndSpacesAreTrimmed() {
        assertEquals(List.of("one", "two"), blocks("  one  \r\n\r\n\u00A0two\u200B\r\n"));
    }

    @org.junit.jupiter.api.Test
    void theAsciiShortcutOfIsSpaceAgreesWithCharacterIsWhitespace() {
        String extra = "\u00A0\u200B\uFEFF\u202F\u2007\u200C\u200D\u2060";
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean expected = Character.isWhitespace((char) c) || extra.indexOf((char) c) >= 0;
            org.junit.jupiter.api.Assertions.assertEquals(expected, BlockSplitter.isSpace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theFirstBlocksAreThoseOfTheWholeSplit() {
        List<String> pieces = List.of("Headline here", "\n", "\n\n", "\r\n", "a wrapped line", "Ends.", " ", "\u2029",
                "By Anne Dorval", "continued text", "  \n  ", "Photo: AFP");
        java.util.Random rnd = new java.util.Random(21);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = rnd.nextInt(14); i >= 0; i--) {
                b.append(pieces.get(rnd.nextInt(pieces.size())));
            }
            String text = b.toString();
            List<Block> all = BlockSplitter.split(text);
            for (int limit = 1; limit <= 5; limit++) {
                assertEquals(all.subList(0, Math.min(limit, all.size())), BlockSplitter.first(text, limit), text);
            }
        }
    }
}
