package org.slant.model;

import org.junit.jupiter.api.Test;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
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

    @Test
    void blockTokensShiftedIntoTheCleanTextEqualTokenisingTheCleanText() {
        // hyphens, apostrophes, numbers and a surrogate pair at block edges, and continuation blocks joined by a space
        String raw = "-Neo-Nazi rally in Kiev's centre-\n\n's 1,000 people\n\nU.S. \uD835\uDC00\n\nwar-chest 2nd\n\n’ll G20-";
        List<Block> blocks = BlockSplitter.split(raw);
        List<List<Token>> made = new ArrayList<>();
        for (Block b : blocks) {
            made.add(Tokenizer.tokenize(raw, b.start(), b.end()));
        }
        made.set(1, null);   // a block without tokens made is tokenised in place
        Content fresh = Content.of(raw, blocks);
        Content reused = Content.of(raw, blocks, made);
        assertEquals(fresh.text(), reused.text());
        assertEquals(fresh.tokens(), reused.tokens());
        assertEquals(Tokenizer.tokenize(fresh.text()), reused.tokens());
    }
}
