package org.slant.compare;

import smile.nlp.dictionary.EnglishStopWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, for every sentence, its best counterpart in each other article, without comparing every pair:
 * MinHash bands over content-word sets propose candidates (each bucket keeps at most a few sentences,
 * from different articles), and each candidate is verified by the Dice coefficient of the content-word
 * sets. Work grows with the number of sentences, not with its square.
 */
final class ReuseMatcher {

    /** Dice coefficient of content-word sets from which two sentences count as the same passage. */
    static final double THRESHOLD = 0.5;
    /** Sentences shorter than this (in words) are headings or fragments: too short to call reuse. */
    static final int MIN_WORDS = 5;
    /** Sentences kept per bucket; enough to find a partner in every article of a small set. */
    static final int BUCKET_CAP = 8;
    /**
     * Partners remembered per sentence in a small set, where every pair of articles is shown side by side.
     * In a large set only the best partner is kept: a sentence copied into thousands of articles would
     * otherwise collect all of them, and the work would grow with the square of the corpus.
     */
    static final int PARTNER_CAP = 64;

    /** A verified match of sentence {@code a} with sentence {@code b} of another article. */
    record Match(Unit a, Unit b, double similarity) {
    }

    private ReuseMatcher() {
    }

    /**
     * For each unit (by position in {@code all}), its best match per other article, by article index;
     * at most {@code cap} partners per unit (the best ones).
     */
    static List<Map<Integer, Match>> match(List<Unit> all, int cap) {
        // content-word sets as sorted arrays of word numbers: verifying a candidate is one merge
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> sets = new ArrayList<>(all.size());
        List<Set<String>> words = new ArrayList<>(all.size());
        for (Unit u : all) {
            Set<String> ws = contentWords(u);
            int[] ids = new int[ws.size()];
            int k = 0;
            for (String w : ws) {
                ids[k++] = vocabulary.computeIfAbsent(w, x -> vocabulary.size());
            }
            java.util.Arrays.sort(ids);
            sets.add(ids);
            words.add(ws);
        }
        List<Map<Integer, Match>> best = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            best.add(null);
        }
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Unit u = all.get(i);
            if (u.size() < MIN_WORDS || sets.get(i).length < 2) {
                continue;
            }
            long[] sig = MinHash.signature(words.get(i));
            words.set(i, null);
            Set<Integer> seen = new HashSet<>();
            for (int b = 0; b < MinHash.BANDS; b++) {
                long key = MinHash.band(sig, b);
                List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
                boolean sameArticleThere = false;
                for (int j : bucket) {
                    Unit v = all.get(j);
                    if (v.article() == u.article()) {
                        sameArticleThere = true;
                        continue;
                    }
                    if (!seen.add(j)) {
                        continue;
                    }
                    double sim = dice(sets.get(i), sets.get(j));
                    if (sim >= THRESHOLD) {
                        offer(best, i, new Match(u, v, sim), cap);
                        offer(best, j, new Match(v, u, sim), cap);
                    }
                }
                if (!sameArticleThere && bucket.size() < BUCKET_CAP) {
                    bucket.add(i);
                }
            }
        }
        return best;
    }

    private static void offer(List<Map<Integer, Match>> best, int unit, Match m, int cap) {
        Map<Integer, Match> byArticle = best.get(unit);
        if (byArticle == null) {
            byArticle = cap == 1 ? new java.util.HashMap<>(2) : new TreeMap<>();
            best.set(unit, byArticle);
        }
        Match old = byArticle.get(m.b().article());
        if (old == null && byArticle.size() >= cap) {
            // full: replace the weakest partner if this one is better
            Map.Entry<Integer, Match> weakest = null;
            for (Map.Entry<Integer, Match> e : byArticle.entrySet()) {
                if (weakest == null || e.getValue().similarity() < weakest.getValue().similarity()) {
                    weakest = e;
                }
            }
            if (weakest.getValue().similarity() >= m.similarity()) {
                return;
            }
            byArticle.remove(weakest.getKey());
        }
        if (old == null || m.similarity() > old.similarity()
                || m.similarity() == old.similarity() && m.b().index() < old.b().index()) {
            byArticle.put(m.b().article(), m);
        }
    }

    static Set<String> contentWords(Unit u) {
        Set<String> s = new HashSet<>();
        for (String w : u.words()) {
            if (!EnglishStopWords.DEFAULT.contains(w) && !w.startsWith("'")) {
                s.add(w);
            }
        }
        return s;
    }

    /** Dice coefficient of two sorted sets of word numbers. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
