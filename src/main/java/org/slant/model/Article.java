package org.slant.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as read from its source: identity, metadata and the raw text every offset points into.
 *
 * @param id     the file name without its extension, or the JSONL {@code id}
 * @param file   where it came from, as given on the command line (plus {@code :line} for JSONL)
 * @param format the reader that produced it: txt, md, html or jsonl
 * @param raw    the raw article text (for HTML, the page's text with one block per paragraph)
 * @param markup block hints from HTML markup (empty for plain text)
 */
public record Article(String id, String file, String format, ArticleMeta meta, String raw, List<MarkupBlock> markup) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
        meta = meta == null ? ArticleMeta.empty() : meta;
        markup = markup == null ? List.of() : List.copyOf(markup);
    }

    public Article withMeta(ArticleMeta newMeta) {
        return new Article(id, file, format, newMeta, raw, markup);
    }
}
