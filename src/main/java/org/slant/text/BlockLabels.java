package org.slant.text;

import java.util.List;

/**
 * A label for every block of an article: {@code content}, or the kind of boilerplate it is
 * (promo, share, legal, navigation, caption, meta, spam, duplicate).
 */
public record BlockLabels(List<String> labels) {

    public static final String CONTENT = "content";

    public BlockLabels {
        labels = List.copyOf(labels);
    }

    public boolean isContent(int blockIndex) {
        return blockIndex < labels.size() && CONTENT.equals(labels.get(blockIndex));
    }

    public static BlockLabels allContent(int blocks) {
        return new BlockLabels(java.util.Collections.nCopies(blocks, CONTENT));
    }
}
