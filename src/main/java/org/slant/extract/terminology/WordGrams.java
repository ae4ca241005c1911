package org.slant.extract.terminology;

import java.util.Arrays;
import java.util.List;

/**
 * The word n-grams (one to {@code maxWords} words) of some lists of words, for the question "is this run of
 * words among them?". Each n-gram is kept as where it occurs (list, position, length) under a 64-bit key
 * made from its words' hash codes, in one open-addressing table: building it makes no strings (joining
 * every n-gram into a string for a hash set was a tenth of the terminology stage on real text, issue 21).
 * Exact: a key match is checked word by word, and n-grams whose keys collide are all kept. Linear in the
 * words times {@code maxWords}. Not thread-safe (one per article).
 */
final class WordGrams {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final List<List<String>> lists;
    private final long[] keys;
    /** Per slot: list index, or -1 for an empty slot; the n-gram's start and length in that list. */
    private final int[] list;
    private final int[] start;
    private final int[] length;
    private final int mask;

    WordGrams(List<List<String>> lists, int maxWords) {
        this.lists = lists;
        long grams = 0;
        for (List<String> words : lists) {
            for (int i = 0; i < words.size(); i++) {
                grams += Math.min(maxWords, words.size() - i);
            }
        }
        int capacity = Integer.highestOneBit((int) Math.max(8, Math.min(1 << 29, 2 * grams))) * 2;
        keys = new long[capacity];
        list = new int[capacity];
        start = new int[capacity];
        length = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(list, -1);
        for (int l = 0; l < lists.size(); l++) {
            List<String> words = lists.get(l);
            for (int i = 0; i < words.size(); i++) {
                long h = 0;
                for (int n = 1; n <= maxWords && i + n <= words.size(); n++) {
                    h = h * MULTIPLIER + words.get(i + n - 1).hashCode();
                    add(key(h, n), l, i, n);
                }
            }
        }
    }

    /** Whether the words, in this order, are one of the n-grams. */
    boolean contains(List<String> words) {
        long h = 0;
        for (String w : words) {
            h = h * MULTIPLIER + w.hashCode();
        }
        long k = key(h, words.size());
        for (int s = slot(k); list[s] >= 0; s = (s + 1) & mask) {
            if (keys[s] == k && same(list[s], start[s], length[s], words)) {
                return true;
            }
        }
        return false;
    }

    private void add(long k, int l, int i, int n) {
        int s = slot(k);
        for (; list[s] >= 0; s = (s + 1) & mask) {
            if (keys[s] == k && length[s] == n && same(list[s], start[s], n, lists.get(l).subList(i, i + n))) {
                return;   // the same words are there already
            }
        }
        keys[s] = k;
        list[s] = l;
        start[s] = i;
        length[s] = n;
    }

    private boolean same(int l, int from, int n, List<String> words) {
        if (n != words.size()) {
            return false;
        }
        List<String> kept = lists.get(l);
        for (int k = 0; k < n; k++) {
            if (!kept.get(from + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The running hash of n words, mixed with n so that a run and its prefix differ. */
    private static long key(long h, int n) {
        long x = (h + n) * MULTIPLIER;
        return x ^ (x >>> 31);
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 32)) & mask;
    }
}
