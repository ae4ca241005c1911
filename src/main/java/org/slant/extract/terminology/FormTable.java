package org.slant.extract.terminology;

import java.util.List;

/**
 * An immutable map from word forms to rows of floats, laid out for a lookup per token of every article:
 * open addressing over one {@code long[]} (the key's hash and its entry), the keys' characters in one
 * {@code char[]}, the rows allocated one after another. A hash map of strings spends its time following
 * pointers to nodes, keys and values scattered over the heap; here a lookup touches the slot array, a
 * stretch of the key pool and the row, which is what made the model's per-token lookup affordable (see
 * {@link LoadedScorer}). Thread-safe.
 */
final class FormTable {

    private final long[] slots;
    private final int mask;
    private final char[] pool;
    private final int[] starts;
    private final float[][] rows;

    /** @param keys distinct forms; {@code rows.get(i)} is the row of {@code keys.get(i)} */
    FormTable(List<String> keys, List<float[]> rows) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 2)) * 2;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        int chars = 0;
        for (String k : keys) {
            chars += k.length();
        }
        this.pool = new char[chars];
        this.starts = new int[keys.size() + 1];
        this.rows = new float[keys.size()][];
        int at = 0;
        for (int e = 0; e < keys.size(); e++) {
            String k = keys.get(e);
            k.getChars(0, k.length(), pool, at);
            starts[e] = at;
            at += k.length();
            this.rows[e] = rows.get(e).clone();   // copied in order: the rows lie side by side in memory
            int h = k.hashCode();
            int i = spread(h) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) h << 32) | (e + 1);
        }
        starts[keys.size()] = at;
    }

    /** The row of a form, or null when the table does not hold it. */
    float[] get(String key) {
        int h = key.hashCode();
        int i = spread(h) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                return null;
            }
            if ((int) (s >>> 32) == h) {
                int e = (int) s - 1;
                if (same(key, e)) {
                    return rows[e];
                }
            }
            i = (i + 1) & mask;
        }
    }

    private boolean same(String key, int e) {
        int from = starts[e];
        int len = starts[e + 1] - from;
        if (len != key.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (pool[from + k] != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** String hashes of similar words differ in their low bits little; mixing spreads them over the slots. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
