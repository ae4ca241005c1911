package org.slant.report.html;

import org.slant.compare.Reuse;
import org.slant.compare.WordDiff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Side by side: for each pair of articles that share passages, their aligned sentences with the words
 * one dropped, added or replaced. With script, a {@code <select>} shows one pair at a time; without it,
 * every pair is listed.
 */
final class SideBySide {

    static final int PAIR_LIMIT = 200;
    static final int SENTENCES_PER_PAIR = 60;

    /** A run of words: {@code mark} is "", "del" or "ins". */
    record Words(String text, boolean del, boolean ins) {
    }

    record Sentence(String similarity, List<Words> left, List<Words> right) {
    }

    record Pair(String id, String a, String b, String summary, List<Sentence> sentences, String more) {
    }

    record View(List<Pair> pairs, String note) {
        public boolean hasPairs() {
            return !pairs.isEmpty();
        }
    }

    private SideBySide() {
    }

    static View of(Corpus c) {
        if (c.analysis.comparison() == null || c.analysis.comparison().reuse() == null) {
            return new View(List.of(), "Not compared.");
        }
        Map<String, List<Reuse.Passage>> byPair = new LinkedHashMap<>();
        int dropped = 0;
        for (Reuse.Passage p : c.analysis.comparison().reuse().passages()) {
            int ia = c.indexOf(p.a());
            int ib = c.indexOf(p.b());
            if (ia < 0 || ib < 0 || !c.shownInFull(ia) || !c.shownInFull(ib)) {
                dropped++;
                continue;
            }
            String key = ia < ib ? ia + ":" + ib : ib + ":" + ia;
            if (byPair.size() >= PAIR_LIMIT && !byPair.containsKey(key)) {
                dropped++;
                continue;
            }
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Reuse.Passage> ps : byPair.values()) {
            pairs.add(pair(c, pairs.size() + 1, ps));
        }
        String note = dropped > 0 ? dropped + " further passages involve articles not shown in full or go beyond "
                + PAIR_LIMIT + " pairs; reuse.csv lists them all." : "";
        return new View(pairs, note);
    }

    private static Pair pair(Corpus c, int n, List<Reuse.Passage> ps) {
        // the article that comes first in the input is always on the left
        int ia = Math.min(c.indexOf(ps.get(0).a()), c.indexOf(ps.get(0).b()));
        int ib = Math.max(c.indexOf(ps.get(0).a()), c.indexOf(ps.get(0).b()));
        List<Sentence> sentences = new ArrayList<>();
        int total = 0;
        double sim = 0;
        for (Reuse.Passage p : ps) {
            boolean swap = c.indexOf(p.a()) != ia;
            for (Reuse.SentencePair sp : p.pairs()) {
                total++;
                sim += sp.similarity();
                if (sentences.size() < SENTENCES_PER_PAIR) {
                    sentences.add(sentence(sp, swap));
                }
            }
        }
        String summary = ps.size() + " passage" + (ps.size() == 1 ? "" : "s") + ", " + total + " aligned sentence"
                + (total == 1 ? "" : "s") + ", mean similarity " + Fmt.num(total == 0 ? 0 : sim / total, 2);
        String more = total > sentences.size() ? (total - sentences.size()) + " more sentences in reuse.csv." : "";
        return new Pair("pair-" + n, c.label(ia), c.label(ib), summary, sentences, more);
    }

    /** The left article's own words are struck out ({@code del}), the right one's underlined ({@code ins}). */
    private static Sentence sentence(Reuse.SentencePair sp, boolean swap) {
        List<String[]> a = new ArrayList<>(); // text, "1" when only in this article
        List<String[]> b = new ArrayList<>();
        for (WordDiff.Op o : sp.diff()) {
            boolean same = o.op().equals("=");
            if (o.a() != null) {
                a.add(new String[]{o.a(), same ? "" : "1"});
            }
            if (o.b() != null) {
                b.add(new String[]{o.b(), same ? "" : "1"});
            }
        }
        List<Words> left = new ArrayList<>();
        List<Words> right = new ArrayList<>();
        (swap ? b : a).forEach(w -> left.add(new Words(w[0], !w[1].isEmpty(), false)));
        (swap ? a : b).forEach(w -> right.add(new Words(w[0], false, !w[1].isEmpty())));
        return new Sentence(Fmt.num(sp.similarity(), 2), left, right);
    }
}
