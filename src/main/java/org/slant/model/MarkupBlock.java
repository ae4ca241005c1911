package org.slant.model;

/**
 * What the HTML markup said about one block of an HTML article's raw text.
 *
 * @param start     block start in the raw text
 * @param end       block end in the raw text (exclusive)
 * @param tag       the block element's tag name (p, li, h2, figcaption, ...)
 * @param path      the ancestor path with ids and classes, each element with its position among its
 *                  parent's elements, e.g. {@code body>div:2#main>article:0.post>p:3} (see {@code HtmlText})
 * @param linkChars characters of the block's text that sit inside links
 */
public record MarkupBlock(int start, int end, String tag, String path, int linkChars) {
}
