package org.slant.extract.attribution;

/**
 * The hashes ({@code String.hashCode}) of the actor table's keys and of their whole-word prefixes ("ann",
 * "ann lee", "ann lee roe"), in an open-addressing set of ints: a look-up is one probe, mostly one cache line.
 * Built in one pass over the table's text, whose running hash at each space or tab is the hash of the key's
 * words up to there.
 */
final class PrefixHashes {

    private final int[] slots;
    /** whether a hash is in a slot (a hash may be 0, so the value alone cannot mark a slot free) */
    private final boolean[] used;
    private final int mask;
    /**
     * A bit per hash bucket of the keys' first words: most capitalised words of a text start no name, and their
     * bit, in a table small enough to stay in the cache, turns them away before a probe of the large one.
     */
    private final long[] firstWords = new long[FIRST_BITS / 64];
    private static final int FIRST_BITS = 1 << 18;

    private PrefixHashes(int capacity) {
        int n = Integer.highestOneBit(Math.max(4, capacity * 2)) << 1;   // under half full
        slots = new int[n];
        used = new boolean[n];
        mask = n - 1;
    }

    /** The set for the keys that start at {@code lines} in {@code chars} (each ends at a tab). */
    static PrefixHashes of(char[] chars, int[] lines) {
        int words = 0;
        for (int start : lines) {
            for (int k = start; chars[k] != '\t'; k++) {
                if (chars[k] == ' ') {
                    words++;
                }
            }
            words++;
        }
        PrefixHashes set = new PrefixHashes(words);
        for (int start : lines) {
            int h = 0;
            boolean first = true;
            for (int k = start; ; k++) {
                char c = chars[k];
                if (c == ' ' || c == '\t') {
                    set.add(h);
                    if (first) {
                        int b = firstBit(h);
                        set.firstWords[b >>> 6] |= 1L << b;
                        first = false;
                    }
                    if (c == '\t') {
                        break;
                    }
                }
                h = 31 * h + c;
            }
        }
        return set;
    }

    private static int slot(int hash) {
        int h = hash * 0x9E3779B1;
        return h ^ (h >>> 16);
    }

    private void add(int hash) {
        int i = slot(hash) & mask;
        while (used[i]) {
            if (slots[i] == hash) {
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        slots[i] = hash;
    }

    private static int firstBit(int hash) {
        int h = hash * 0x85EBCA6B;
        return (h ^ (h >>> 15)) & (FIRST_BITS - 1);
    }

    /**
     * Whether a prefix has this hash, for the hash of a first word: false when no key starts with a word of this
     * hash, else as {@link #contains}.
     */
    boolean containsFirst(int hash) {
        int b = firstBit(hash);
        return (firstWords[b >>> 6] & (1L << b)) != 0 && contains(hash);
    }

    boolean contains(int hash) {
        for (int i = slot(hash) & mask; used[i]; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return true;
            }
        }
        return false;
    }
}
