package org.slant.model;

import org.junit.jupiter.api.Test;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentTest {

    @Test
    void cleanTextMapsBackToRawAcrossRemovedBlocks() {
        String raw = "Title\n\nShare this!\n\nMacron said “bizarre”.\n\nSubscribe now.";
        List<Block> blocks = BlockSplitter.split(raw);
        Content c = Content.of(raw, List.of(blocks.get(0), blocks.get(2)));
        assertEquals("Title\n\nMacron said “bizarre”.", c.text());
        int at = c.text().indexOf("bizarre");
        Finding f = c.finding("t", "loaded", at, at + 7, Voice.QUOTED, "r", 1, Attrs.NONE);
        assertEquals("bizarre", f.text());
        assertEquals(raw.indexOf("bizarre"), f.start());
    }

    @Test
    void continuationBlocksJoinWithASpaceSoTheSentenceIsWhole() {
        String raw = "The attack revived security\n\nfears for the Games.";
        Content c = Content.of(raw, BlockSplitter.split(raw));
        assertEquals(1, c.sentences().size());
        Finding f = c.finding("t", "x", 0, c.text().length(), Voice.NARRATOR, "r", 1, Attrs.NONE);
        assertEquals(raw, f.text());
    }

    @Test
    void quoteIndexFindsTheInnermostQuote() {
        String raw = "He said: “They called it ‘a provocation’ today.”";
        Content c = Content.of(raw, BlockSplitter.split(raw));
        int at = c.text().indexOf("provocation");
        assertEquals(1, c.quoteAt(at, at + 11).depth());
        int out = c.text().indexOf("He");
        assertEquals(null, c.quoteAt(out, out + 2));
    }
}
