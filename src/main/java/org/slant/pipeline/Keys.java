package org.slant.pipeline;

import org.slant.model.Content;
import org.slant.text.Block;
import org.slant.text.BlockLabels;
import org.slant.text.BlockTokens;
import org.slant.text.Speech;

import java.util.List;

/** The keys the standard stages exchange. */
public final class Keys {

    private Keys() {
    }

    /** The raw text's blocks, from the segment stage. */
    public static final Key<List<Block>> BLOCKS = Key.listOf("blocks", Block.class);

    /** A label per block, from the boilerplate extractor. */
    public static final Key<BlockLabels> BLOCK_LABELS = Key.of("block-labels", BlockLabels.class);

    /** Each block's tokens, from the boilerplate extractor (the content stage reuses those of the kept blocks). */
    public static final Key<List<BlockTokens>> BLOCK_TOKENS = Key.listOf("block-tokens", BlockTokens.class);

    /** The clean article with its tokens, sentences and quotations, from the content stage. */
    public static final Key<Content> CONTENT = Key.of("content", Content.class);

    /** Who speaks where, from the attribution extractor. */
    public static final Key<List<Speech>> SPEECH = Key.listOf("speech", Speech.class);
}
