package org.slant.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Every distinct token form ({@link Token#norm()}) seen by this process, each with a small number, its id,
 * given when the tokenizer first meets it. A token carries its form's id, so that a consumer that keeps
 * something per form (the loaded-language model's weights) reads it from an array by id instead of looking
 * the string up in a hash table for every token: on real news text that lookup was three quarters of the
 * model's cost (issue 17). Equal forms share one string, whose hash is computed once.
 * <p>
 * Memory is bounded: after {@link #CAPACITY} forms no new ones are added, and a new form's token gets id
 * {@code -1} (its consumers then look it up by string, as before, with the same result). Ids depend on the
 * order texts were tokenised in, so nothing may show them: they are array indexes, never output.
 * Ids are given only once some consumer has asked for them ({@link #use()}; the loaded-language model
 * does): looking every token up costs the tokenizer about a fifth of its time, which a run without such a
 * consumer should not pay. Until then tokens get id {@code -1}, which consumers must accept anyway.
 * Thread-safe: lookups take no lock; adding a form does.
 */
public final class Forms {

    private static volatile boolean used;

    /** From now on the tokenizer gives tokens their forms' ids. */
    public static void use() {
        used = true;
    }

    /** Whether tokens get ids ({@link #use()} was called). */
    public static boolean used() {
        return used;
    }

    /** Forms kept at most: about 16 MB when full; a year of news has fewer distinct words. */
    public static final int CAPACITY = 1 << 18;

    /** By id: the form and its hash. Written before the slot that points to them. */
    private static final String[] STRINGS = new String[CAPACITY];
    private static final byte[][] LATIN1 = new byte[CAPACITY][];
    private static final int[] HASHES = new int[CAPACITY];
    /**
     * Open addressing, two longs per slot: the form's hash in the high half of the first and id + 1 in its
     * low half (0 when empty), so that a probe compares hashes without reading {@link #HASHES} (a cache miss
     * per token on a long text: issue 17 found this look-up the largest cost of switching the loaded-language
     * model on); the second holds a form of at most eight Latin-1 characters itself ({@link #packed}; 0 for
     * a longer one), so that most words are confirmed in the slot's own cache line, not by reading their
     * bytes through {@link #LATIN1} (two more dependent reads from memory for a word not met lately: issue 21).
     * Replaced (never changed in place) when it grows.
     */
    private static volatile long[] slots = new long[2 << 14];
    private static int size;
    /** Set once {@link #CAPACITY} forms have ids: a new form then costs no locked add to learn it gets none. */
    private static volatile boolean full;

    private Forms() {
    }

    /** How many forms have ids. */
    public static synchronized int size() {
        return size;
    }

    /** The form with this id. */
    public static String form(int id) {
        return STRINGS[id];
    }

    /**
     * The id of the Latin-1 form {@code bytes[0, length)} whose {@link String#hashCode} is {@code hash}, or -1
     * when it has none yet; no string is made.
     */
    static int find(byte[] bytes, int length, int hash) {
        long[] table = slots;
        int mask = (table.length >> 1) - 1;
        long packed = packed(bytes, length);
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = table[2 * i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                if (packed != 0) {
                    // (0 there while another thread is still adding this form: not found, and the add path decides)
                    if (table[2 * i + 1] == packed) {
                        return id;
                    }
                    continue;
                }
                byte[] b = LATIN1[id];
                // (b is null while another thread is still adding this id: not found, and the add path decides)
                if (b != null && Arrays.equals(b, 0, b.length, bytes, 0, length)) {
                    return id;
                }
            }
        }
    }

    /**
     * A form of one to eight Latin-1 characters (none of them NUL) as one number, the first in the low byte:
     * equal numbers, equal forms; 0 for any other form.
     */
    static long packed(byte[] bytes, int length) {
        if (length == 0 || length > 8) {
            return 0;
        }
        long v = 0;
        for (int k = length - 1; k >= 0; k--) {
            if (bytes[k] == 0) {
                return 0;
            }
            v = v << 8 | (bytes[k] & 0xFF);
        }
        return v;
    }

    /** The id of a form, given one when it has none; -1 when full. */
    public static int of(String form) {
        long[] table = slots;
        int mask = (table.length >> 1) - 1;
        int hash = form.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = table[2 * i];
            if (slot == 0) {
                return full ? -1 : add(form);
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                String s = STRINGS[id];
                if (s != null && s.equals(form)) {
                    return id;
                }
            }
        }
    }

    /** Adds a form, unless it is there already (another thread may have added it) or the table is full. */
    private static synchronized int add(String form) {
        int hash = form.hashCode();
        long[] table = slots;
        int mask = (table.length >> 1) - 1;
        int i = spread(hash) & mask;
        for (; table[2 * i] != 0; i = (i + 1) & mask) {
            int id = (int) table[2 * i] - 1;
            if (HASHES[id] == hash && STRINGS[id].equals(form)) {
                return id;
            }
        }
        if (size == CAPACITY) {
            return -1;
        }
        int id = size++;
        full = size == CAPACITY;
        STRINGS[id] = form;
        HASHES[id] = hash;
        LATIN1[id] = latin1(form);
        if (2 * size > mask + 1) {
            // a new, larger table, filled before it is published: lookups on the old one stay valid
            long[] grown = new long[table.length * 2];
            int gm = (grown.length >> 1) - 1;
            for (int e = 0; e < size; e++) {
                int k = spread(HASHES[e]) & gm;
                while (grown[2 * k] != 0) {
                    k = (k + 1) & gm;
                }
                grown[2 * k + 1] = packed(LATIN1[e], LATIN1[e].length);
                grown[2 * k] = slot(HASHES[e], e);
            }
            slots = grown;
        } else {
            // the packed form first: a lookup that sees the slot but not yet this finds nothing, and adds
            table[2 * i + 1] = packed(LATIN1[id], LATIN1[id].length);
            table[2 * i] = slot(hash, id);
            // the volatile write publishes the id's string, hash and slot to lookups that read slots after it
            slots = table;
        }
        return id;
    }

    /** The form's Latin-1 bytes, or an empty array (matching no ASCII lookup) for a form beyond Latin-1. */
    private static byte[] latin1(String form) {
        for (int k = 0; k < form.length(); k++) {
            if (form.charAt(k) > 0xFF) {
                return new byte[0];
            }
        }
        return form.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A slot of {@link #slots}: never 0, since id + 1 is not. */
    private static long slot(int hash, int id) {
        return (long) hash << 32 | (id + 1);
    }

    /** String hashes of similar words differ in their low bits little; mixing spreads them over the slots. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
