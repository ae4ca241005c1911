package org.slant.compare;

import java.util.Set;

/**
 * MinHash signatures of word sets, with banding for locality-sensitive hashing: two sets with word
 * Jaccard similarity J share a band with probability 1 - (1 - J^r)^b. With r = 2 and b = 12, pairs at
 * J = 0.4 meet with probability 0.88 and pairs at J = 0.1 with 0.11; every candidate is verified, so the
 * bands only decide which pairs are looked at. Hashes are fixed (splitmix64 of a fixed string hash), so
 * signatures are the same on every machine and run.
 */
final class MinHash {

    static final int ROWS = 2;
    static final int BANDS = 12;
    static final int K = ROWS * BANDS;

    private MinHash() {
    }

    static long[] signature(Set<String> words) {
        long[] sig = new long[K];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (String w : words) {
            long h = hash(w);
            for (int i = 0; i < K; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** The bucket key of band {@code b}. */
    static long band(long[] sig, int b) {
        long k = b * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            k = mix(k ^ sig[b * ROWS + r]);
        }
        return k;
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bit
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[K];

    static {
        long s = 20240404L;
        for (int i = 0; i < K; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }
}
