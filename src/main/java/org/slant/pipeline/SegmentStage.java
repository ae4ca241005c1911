package org.slant.pipeline;

import org.slant.model.Article;
import org.slant.model.MarkupBlock;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the raw text into blocks. HTML articles keep the blocks their markup gave; plain text goes
 * through {@link BlockSplitter}.
 */
public final class SegmentStage implements Extractor {

    @Override
    public String id() {
        return "segment";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.BLOCKS);
    }

    @Override
    public java.util.List<String> metrics() {
        return java.util.List.of("text.chars", "text.blocks");
    }

    @Override
    public StageOutput run(StageInput in) {
        String raw = in.article().raw();
        List<Block> blocks = blocks(in.article());
        return new StageOutput().put(Keys.BLOCKS, blocks)
                .metric("text.chars", raw.length())
                .metric("text.blocks", blocks.size());
    }

    /**
     * The blocks this stage gives for an article: the markup's blocks when it has any (HTML), otherwise
     * {@link BlockSplitter}'s split of the raw text. What the boilerplate evaluation and the exercises use
     * to see the blocks the pipeline saw.
     */
    public static List<Block> blocks(Article a) {
        if (a.markup().isEmpty()) {
            return BlockSplitter.split(a.raw());
        }
        List<Block> blocks = new ArrayList<>(a.markup().size());
        for (MarkupBlock m : a.markup()) {
            blocks.add(new Block(blocks.size(), m.start(), m.end(), false));
        }
        return blocks;
    }
}
