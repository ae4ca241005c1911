package org.slant.extract.terminology;

import java.util.List;

/**
 * An immutable map from word forms to rows of floats, laid out for a lookup per token of every article:
 * open addressing over one {@code long[]} (the key's hash and its entry), the keys copied and the rows
 * allocated one after another, so that they lie side by side in memory. A hash map of strings spends its
 * time following pointers to nodes, keys and values scattered over the heap; here a lookup touches the
 * slot array, one key (compared with String.equals, which the JIT compiles to a vector compare) and the
 * row. Thread-safe.
 */
final class FormTable {

    private final long[] slots;
    private final int mask;
    private final String[] keys;
    private final float[][] rows;

    /** @param keys distinct forms; {@code rows.get(i)} is the row of {@code keys.get(i)} */
    FormTable(List<String> keys, List<float[]> rows) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 2)) * 2;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        this.keys = new String[keys.size()];
        this.rows = new float[keys.size()][];
        for (int e = 0; e < keys.size(); e++) {
            String k = keys.get(e);
            // copies, made in order: each key, its characters and its row next to the previous ones
            this.keys[e] = new String(k.toCharArray());
            this.rows[e] = rows.get(e).clone();
            int h = k.hashCode();
            int i = spread(h) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) h << 32) | (e + 1);
        }
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
                if (keys[e].equals(key)) {
                    return rows[e];
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** String hashes of similar words differ in their low bits little; mixing spreads them over the slots. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
