package org.slant.compare;

import smile.nlp.stemmer.PorterStemmer;

/** Porter stems (Smile), so "people"/"peoples" and "attack"/"attacks" compare equal. */
final class Stems {

    private Stems() {
    }

    /** Vocabulary is small next to the text; the cap only guards against a pathological corpus. */
    private static final int CACHE_CAP = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static String stem(String word) {
        String s = CACHE.get(word);
        if (s == null) {
            // PorterStemmer keeps state per call: one instance per call keeps it thread-safe
            s = new PorterStemmer().stem(word);
            if (CACHE.size() < CACHE_CAP) {
                CACHE.put(word, s);
            }
        }
        return s;
    }
}
