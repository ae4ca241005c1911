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

    /** Forms kept at most: about 12 MB when full; a year of news has fewer distinct words. */
    public static final int CAPACITY = 1 << 18;

    /** By id: the form and its hash. Written before the slot that points to them. */
    private static final String[] STRINGS = new String[CAPACITY];
    private static final byte[][] LATIN1 = new byte[CAPACITY][];
    private static final int[] HASHES = new int[CAPACITY];
    /**
     * Open addressing: a slot holds the form's hash in its high half and id + 1 in its low half, 0 when
     * empty, so that a probe compares hashes without reading {@link #HASHES} (a cache miss per token on a
     * long text: issue 17 found this look-up the largest cost of switching the loaded-language model on).
     * Replaced (never changed in place) when it grows.
     */
    private static volatile long[] slots = new long[1 << 14];
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
        int mask = table.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                byte[] b = LATIN1[id];
                // (b is null while another thread is still adding this id: not found, and the add path decides)
                if (b != null && Arrays.equals(b, 0, b.length, bytes, 0, length)) {
                    return id;
                }
            }
        }
    }

    /** The id of a form, given one when it has none; -1 when full. */
    public static int of(String form) {
        long[] table = slots;
        int mask = table.length - 1;
        int hash = form.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
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
        int mask = table.length - 1;
        int i = spread(hash) & mask;
        for (; table[i] != 0; i = (i + 1) & mask) {
            int id = (int) table[i] - 1;
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
        if (2 * size > table.length) {
            // a new, larger table, filled before it is published: lookups on the old one stay valid
            long[] grown = new long[table.length * 2];
            int gm = grown.length - 1;
            for (int e = 0; e < size; e++) {
                int k = spread(HASHES[e]) & gm;
                while (grown[k] != 0) {
                    k = (k + 1) & gm;
                }
                grown[k] = slot(HASHES[e], e);
            }
            slots = grown;
        } else {
            table[i] = slot(hash, id);
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
