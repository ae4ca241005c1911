package org.slant.pipeline;

import org.slant.model.Content;
import org.slant.text.BlockLabels;

import java.util.List;

/** The keys the standard stages exchange. */
public final class Keys {

    private Keys() {
    }

    /** The raw text's blocks ({@code List<Block>}), from the segment stage. */
    public static final Key<List<org.slant.text.Block>> BLOCKS = Key.of("blocks", List.class);

    /** A label per block, from the boilerplate extractor. */
    public static final Key<BlockLabels> BLOCK_LABELS = Key.of("block-labels", BlockLabels.class);

    /** The clean article with its tokens, sentences and quotations, from the content stage. */
    public static final Key<Content> CONTENT = Key.of("content", Content.class);

    /** Who speaks where ({@code List<Speech>}), from the attribution extractor. */
    public static final Key<List<org.slant.text.Speech>> SPEECH = Key.of("speech", List.class);
}
