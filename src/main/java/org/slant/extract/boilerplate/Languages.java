package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stop-word profiles of a few languages (from the lexicon's {@code sets: stopwords_xx}), used two ways: the
 * share of stop words in a block is a prose signal (jusText's main feature), and a block whose stop words are
 * another language's than the article's is off-topic injected text.
 */
public final class Languages {

    private final List<String> codes;
    /**
     * word (normalised) to a bit per language that lists it, in an open-addressing table of three arrays: a
     * look-up reads no map entry and unboxes no Integer, where a {@code HashMap} did both for each of the half of
     * a text's words that the bits below let through (issue 21)
     */
    private final String[] keys;
    private final int[] hashes;
    private final int[] masks;
    /**
     * A bit per hash bucket of the words listed: about half of a text's words are in no list, and their bit
     * answers without the map (issue 21).
     */
    private final long[] listed = new long[BITS / 64];
    private static final int BITS = 1 << 14;

    public Languages(Map<String, List<String>> stopwordsByLanguage) {
        if (stopwordsByLanguage.size() > 31) {
            throw new IllegalArgumentException("at most 31 languages");
        }
        this.codes = new ArrayList<>(stopwordsByLanguage.keySet());
        Map<String, Integer> words = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            int bit = 1 << i;
            for (String w : stopwordsByLanguage.get(codes.get(i))) {
                // the one string of the form (org.slant.text.Forms): a token that carries it is found by identity
                int id = org.slant.text.Forms.of(w);
                words.merge(id < 0 ? w : org.slant.text.Forms.form(id), bit, (a, b) -> a | b);
                int k = bucket(w);
                listed[k >>> 6] |= 1L << k;
            }
        }
        int slots = Integer.highestOneBit(Math.max(2, words.size()) * 4 - 1);
        keys = new String[slots];
        hashes = new int[slots];
        masks = new int[slots];
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            int h = e.getKey().hashCode();
            int i = slot(h, slots - 1);
            while (keys[i] != null) {
                i = (i + 1) & (slots - 1);
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            masks[i] = e.getValue();
        }
    }

    private static int slot(int h, int mask) {
        int x = h * 0x9E3779B9;
        return (x ^ (x >>> 16)) & mask;
    }

    public List<String> codes() {
        return codes;
    }

    public int size() {
        return codes.size();
    }

    /** Bit set of the languages that list this normalised word as a stop word (0 when none). */
    public int mask(String norm) {
        return mask(norm, norm.hashCode());
    }

    /** The same, given the word's {@link String#hashCode} (a call under C1 that the caller may have made). */
    int mask(String norm, int h) {
        int b = bucket(h);
        if ((listed[b >>> 6] & (1L << b)) == 0) {
            return 0;
        }
        String[] ks = keys;
        int mask = ks.length - 1;
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            String k = ks[i];
            if (k == null) {
                return 0;
            }
            if (k == norm || hashes[i] == h && k.equals(norm)) {
                return masks[i];
            }
        }
    }

    private static int bucket(String w) {
        return bucket(w.hashCode());
    }

    private static int bucket(int h) {
        return (h ^ (h >>> 14) ^ (h >>> 28)) & (BITS - 1);
    }

    public int index(String code) {
        return codes.indexOf(code);
    }

    /** The language with the most hits, or -1 when there are none. Ties go to the earlier language. */
    public static int best(int[] hits) {
        int best = -1;
        int max = 0;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > max) {
                max = hits[i];
                best = i;
            }
        }
        return best;
    }
}
