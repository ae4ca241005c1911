package org.slant.lexicon;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable set of words for the rules' closed word classes ("is this token a determiner?"), asked of
 * most tokens of every article. {@code Set.of}'s table compares a word with each key its probe meets by
 * {@code equals}, a call (two, with the Latin-1 comparison) under the launcher's quick compiler (C1); here the
 * keys' hashes sit in an array beside them, so a word that is not in the set is turned away by comparing ints,
 * and a word that is the key's very string (token words often are: {@link org.slant.text.Forms}) by identity
 * (issue 21). Iterates in the order first given; like {@code Set.of}, holds no null and answers null with a
 * {@link NullPointerException}.
 */
public final class WordSet extends AbstractSet<String> {

    private final String[] words;
    private final String[] keys;
    private final int[] hashes;

    private WordSet(Collection<String> distinct) {
        words = distinct.toArray(new String[0]);
        int cap = Integer.highestOneBit(Math.max(2, words.length) * 4 - 1) << 1;   // at most a quarter full
        keys = new String[cap];
        hashes = new int[cap];
        for (String w : words) {
            int h = w.hashCode();
            int i = spread(h) & (cap - 1);
            while (keys[i] != null) {
                i = (i + 1) & (cap - 1);
            }
            keys[i] = w;
            hashes[i] = h;
        }
    }

    /** The set of these words (repeats kept once). */
    public static WordSet of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    /** The set of the words of a collection (repeats kept once, in the collection's order). */
    public static WordSet copyOf(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String w : words) {
            distinct.add(Objects.requireNonNull(w));
        }
        return new WordSet(distinct);
    }

    @Override
    public boolean contains(Object o) {
        if (o instanceof String w) {
            return containsWord(w);
        }
        Objects.requireNonNull(o);
        return false;
    }

    /** The same for a word known to be a string (no cast). */
    public boolean containsWord(String w) {
        int h = w.hashCode();
        String[] ks = keys;
        int mask = ks.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String k = ks[i];
            if (k == null) {
                return false;
            }
            if (k == w || hashes[i] == h && k.equals(w)) {
                return true;
            }
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();   // unmodifiable: Arrays.asList's iterator cannot remove
    }

    @Override
    public int size() {
        return words.length;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
