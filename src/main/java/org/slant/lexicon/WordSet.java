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
 * words are the keys of a {@link WordMap}, the phrase index's table, whose keys' hashes sit in an array beside
 * them, so a word that is not in the set is turned away by comparing ints, and a word that is the key's very
 * string (token words often are: {@link org.slant.text.Forms}) by identity (issue 21). Iterates in the order
 * first given; like {@code Set.of}, holds no null and answers null with a {@link NullPointerException}.
 */
public final class WordSet extends AbstractSet<String> {

    private final String[] words;
    /** each word mapped to itself: only whether a word is a key is asked */
    private final WordMap<String> table = new WordMap<>();

    private WordSet(Collection<String> distinct) {
        words = distinct.toArray(new String[0]);
        for (String w : words) {
            table.computeIfAbsent(w, () -> w);
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
        return table.get(w, w.hashCode()) != null;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();   // unmodifiable: Arrays.asList's iterator cannot remove
    }

    @Override
    public int size() {
        return words.length;
    }
}
