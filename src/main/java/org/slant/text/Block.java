package org.slant.text;

/**
 * A block of the raw text: a paragraph, a heading, a caption line, a list item.
 *
 * @param index        position among the article's blocks
 * @param start        first non-blank character in the raw text
 * @param end          one past the last non-blank character
 * @param continuation true when the block continues the previous one's sentence (a paragraph broken
 *                     mid-sentence by the scraper: no end punctuation before, a lower-case letter after)
 */
public record Block(int index, int start, int end, boolean continuation) implements Span {
}
