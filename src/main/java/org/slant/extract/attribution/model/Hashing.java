package org.slant.extract.attribution.model;

/**
 * The hashing trick of the attribution model: every feature is a 64-bit hash of its template number and its
 * parts (hashes of words computed once per token, small codes, booleans), never a string, so scoring a token
 * allocates nothing. A feature's weight sits in bucket {@link #bucket} of a table of 2^{@value #BITS}; the
 * trainer fits the buckets, so two features that share a bucket were fitted sharing it. The functions are
 * fixed arithmetic on {@code long}s: the same text gives the same buckets on every JVM.
 */
public final class Hashing {

    /** Buckets are the top BITS bits of a feature's hash. */
    public static final int BITS = 22;

    private Hashing() {
    }

    /** A 64-bit FNV-1a hash of the characters, finished with a mixer (stable, unlike identity hashes). */
    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return fin(h);
    }

    /** Combines a hash with one more part. */
    public static long mix(long h, long part) {
        return fin(h * 0x9E3779B97F4A7C15L + part);
    }

    public static long f(int template, long a) {
        return mix(mix(template, a), 1);
    }

    public static long f(int template, long a, long b) {
        return mix(mix(mix(template, a), b), 2);
    }

    public static long f(int template, long a, long b, long c) {
        return mix(mix(mix(mix(template, a), b), c), 3);
    }

    public static long f(int template, long a, long b, long c, long d) {
        return mix(mix(mix(mix(mix(template, a), b), c), d), 4);
    }

    public static int bucket(long h) {
        return (int) (h >>> (64 - BITS));
    }

    private static long fin(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Where the features of one token go: summed into a score at run time, collected as buckets in training. */
    public interface Sink {
        void add(long feature);
    }
}
