package org.slant.pipeline;

import org.slant.model.Content;
import org.slant.text.Block;
import org.slant.text.BlockLabels;
import org.slant.text.BlockTokens;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the clean article from the blocks the boilerplate extractor kept (all blocks when it did not
 * run), and tokenises, sentence-splits and finds the quotations of it once for every later stage.
 */
public final class ContentStage implements Extractor {

    @Override
    public String id() {
        return "content";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.BLOCKS);
    }

    @Override
    public Set<Key<?>> uses() {
        return Set.of(Keys.BLOCK_LABELS, Keys.BLOCK_TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CONTENT);
    }

    @Override
    public java.util.List<String> metrics() {
        return java.util.List.of("content.words", "content.sentences", "content.quotes");
    }

    @Override
    public StageOutput run(StageInput in) {
        List<Block> blocks = in.get(Keys.BLOCKS);
        BlockLabels labels = in.find(Keys.BLOCK_LABELS).orElse(BlockLabels.allContent(blocks.size()));
        List<BlockTokens> made = in.find(Keys.BLOCK_TOKENS).orElse(List.of());
        List<Block> kept = new ArrayList<>();
        List<List<Token>> keptTokens = new ArrayList<>();
        for (Block b : blocks) {
            if (labels.isContent(b.index())) {
                kept.add(b);
                // reused only when made for this very span; otherwise Content tokenises the block itself
                BlockTokens t = b.index() < made.size() ? made.get(b.index()) : null;
                boolean same = t != null && t.block().start() == b.start() && t.block().end() == b.end();
                keptTokens.add(same ? t.tokens() : null);
            }
        }
        Content content = Content.of(in.article().raw(), kept, keptTokens);
        StageOutput out = new StageOutput().put(Keys.CONTENT, content)
                .metric("content.words", content.words())
                .metric("content.sentences", content.sentences().size())
                .metric("content.quotes", content.quotes().size());
        if (kept.isEmpty()) {
            out.note("no content: every block is boilerplate, so no other findings are reported");
        }
        return out;
    }
}
