package org.slant.extract.boilerplate;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The ranges of block length (in words) over which the same rules of a list apply ({@link Rule#appliesTo}):
 * a block looks up its band once and tries only that band's rules, where it used to ask every rule of the
 * lexicons whether it applies (most apply to short blocks only, and most of a news text's characters are in
 * paragraphs of 30 to 90 words; issue 21).
 */
final class WordBands {

    /** the first word count of each band, ascending; the first is 0 */
    private final int[] starts;
    /** per band: the indexes (in the list given, ascending) of the rules that apply to its blocks */
    private final int[][] rules;

    WordBands(List<Rule> list) {
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        for (Rule r : list) {
            bounds.add(Math.max(0, r.minWords()));
            if (r.maxWords() >= 0 && r.maxWords() < Integer.MAX_VALUE) {
                bounds.add(r.maxWords() + 1);
            }
        }
        starts = bounds.stream().mapToInt(Integer::intValue).toArray();
        rules = new int[starts.length][];
        for (int b = 0; b < starts.length; b++) {
            int words = starts[b];
            rules[b] = java.util.stream.IntStream.range(0, list.size()).filter(i -> list.get(i).appliesTo(words))
                    .toArray();
        }
    }

    /** How many bands. */
    int size() {
        return starts.length;
    }

    /** The band of a block of this many words. */
    int of(int words) {
        int k = Arrays.binarySearch(starts, words);
        return k >= 0 ? k : -k - 2;
    }

    /** The indexes of the rules that apply in band {@code band}, ascending. */
    int[] rules(int band) {
        return rules[band];
    }
}
