package org.slant.compare;

/**
 * A sentence of an article's content, ready for comparison.
 *
 * @param article   index of the article in the compared set
 * @param index     position of the sentence among the article's units
 * @param start     raw start offset of the sentence
 * @param end       raw end offset
 * @param words     normalised word forms (lower case, accents folded, punctuation dropped), in order
 * @param wordStarts raw start offset of each word
 * @param wordEnds   raw end offset of each word
 */
public record Unit(int article, int index, int start, int end, String[] words, int[] wordStarts, int[] wordEnds) {

    public int size() {
        return words.length;
    }
}
