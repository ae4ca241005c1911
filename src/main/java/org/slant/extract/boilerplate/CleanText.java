package org.slant.extract.boilerplate;

import org.slant.model.Article;
import org.slant.model.Content;
import org.slant.pipeline.SegmentStage;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's blocks, their classification and the clean text the content stage would build from them.
 *
 * @param text the content blocks joined (headline included)
 * @param body the same without the headline: what {@code slant extract} prints under the title, and what the
 *             WCXB evaluation compares with {@code main_content} (which holds no title)
 */
public record CleanText(Article article, List<Block> blocks, Classification classification, String text, String body) {

    /** Splits (HTML blocks from the markup, plain text by {@code BlockSplitter}), classifies and joins. */
    public static CleanText of(Article a, BoilerplateExtractor extractor) {
        List<Block> blocks = SegmentStage.blocks(a);
        return of(a, blocks, extractor.classify(a, blocks));
    }

    /** The clean text of blocks already classified. */
    public static CleanText of(Article a, List<Block> blocks, Classification c) {
        return new CleanText(a, blocks, c, join(a.raw(), blocks, c, -1), join(a.raw(), blocks, c, c.titleBlock()));
    }

    /**
     * The content blocks (but {@code skip}) joined by {@link Content#join}, as the content stage joins them.
     * Empty blocks before the first one with text are left out: nothing went before the first text.
     */
    static String join(String raw, List<Block> blocks, Classification c, int skip) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (!c.decisions().get(block.index()).isContent() || block.index() == skip) {
                continue;
            }
            if (kept.isEmpty() && block.start() == block.end()) {
                continue;
            }
            kept.add(block);
        }
        return Content.join(raw, kept);
    }
}
