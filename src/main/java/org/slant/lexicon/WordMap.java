package org.slant.lexicon;

/**
 * The children of a {@link PhraseIndex} trie node by word: an open-addressing table whose keys, their hashes and
 * the children sit in three arrays. A look-up reads those arrays only, where a {@code HashMap} goes through the
 * map, its table and an entry object, each a likely cache miss, and under the launcher's quick compiler (C1)
 * through calls it does not inline; the trie's look-ups were the largest part of the phrase index's time on real
 * text (issue 21). Keys are compared by identity first: a token's word and the key are often the one string of
 * their form ({@link org.slant.text.Forms}). Add-only; not thread-safe while being filled, read-only after.
 *
 * @param <V> the child
 */
final class WordMap<V> {

    private String[] keys = new String[2];
    private int[] hashes = new int[2];
    private Object[] values = new Object[2];
    private int size;

    /** The child for this word, or null. */
    V get(String word) {
        return get(word, word.hashCode());
    }

    /** The same, given the word's {@link String#hashCode} (a call under C1 that a caller may have made already). */
    @SuppressWarnings("unchecked")
    V get(String word, int h) {
        String[] ks = keys;
        int mask = ks.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String k = ks[i];
            if (k == null) {
                return null;
            }
            if (k == word || hashes[i] == h && k.equals(word)) {
                return (V) values[i];
            }
        }
    }

    /** The child for this word, made by {@code make} when there is none. */
    V computeIfAbsent(String word, java.util.function.Supplier<V> make) {
        V v = get(word);
        if (v != null) {
            return v;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        v = make.get();
        put(word, v);
        return v;
    }

    private void put(String word, Object v) {
        int mask = keys.length - 1;
        int h = word.hashCode();
        int i = spread(h) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = word;
        hashes[i] = h;
        values[i] = v;
        size++;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** String hashes of similar words differ little in their low bits; mixing spreads them over the slots. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
