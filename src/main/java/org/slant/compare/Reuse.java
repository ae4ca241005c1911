package org.slant.compare;

import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Text reuse across the set: which sentences each article shares with others (wire copy, trimmed and
 * reworded), grouped into passages with word-level differences, and each article's own additions.
 */
public final class Reuse {

    /** Above this many articles, passages are listed only against each sentence's best partner. */
    static final int PAIRWISE_LIMIT = 50;

    /**
     * Reuse per article. {@code added} are runs of the article's sentences that no other article shares;
     * {@code partners} the articles that share a sentence with it (in sets of more than 50 articles: the
     * best partner of each of its sentences).
     */
    public record ArticleReuse(String id, double sharedShare, double uniqueShare, int sentences, int sharedSentences,
                               List<String> partners, List<TextSpan> added) {
    }

    /** Two aligned sentences and how the second reworded the first. */
    public record SentencePair(TextSpan a, TextSpan b, double similarity, List<WordDiff.Op> diff) {
    }

    /** A run of consecutive shared sentences between two articles. */
    public record Passage(String a, String b, TextSpan aSpan, TextSpan bSpan, double similarity,
                          List<SentencePair> pairs) {
    }

    public record Result(double threshold, String method, List<ArticleReuse> articles, List<Passage> passages) {
    }

    private Reuse() {
    }

    public static Result find(List<ArticleResult> results) {
        try {
            return findAll(results);
        } finally {
            DIFFS.remove();
        }
    }

    private static Result findAll(List<ArticleResult> results) {
        List<List<Unit>> units = new ArrayList<>();
        List<Unit> all = new ArrayList<>();
        for (int a = 0; a < results.size(); a++) {
            List<Unit> us = Units.of(a, results.get(a));
            units.add(us);
            all.addAll(us);
        }
        boolean pairwise = results.size() <= PAIRWISE_LIMIT;
        List<Map<Integer, ReuseMatcher.Match>> best = ReuseMatcher.match(all, pairwise ? ReuseMatcher.PARTNER_CAP : 1);
        List<ReuseMatcher.Match> tops = new ArrayList<>(best.size());
        for (Map<Integer, ReuseMatcher.Match> m : best) {
            tops.add(m == null || m.isEmpty() ? null : top(m));
        }
        int[] offset = new int[results.size()];
        for (int a = 1; a < results.size(); a++) {
            offset[a] = offset[a - 1] + units.get(a - 1).size();
        }
        List<ArticleReuse> articles = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int a = 0; a < results.size(); a++) {
            ArticleResult r = results.get(a);
            List<Unit> us = units.get(a);
            int words = 0;
            int shared = 0;
            int sharedSentences = 0;
            TreeSet<String> partners = new TreeSet<>();
            List<TextSpan> added = new ArrayList<>();
            int addStart = -1;
            int addEnd = -1;
            for (Unit u : us) {
                words += u.size();
                Map<Integer, ReuseMatcher.Match> m = best.get(offset[a] + u.index());
                if (m == null || m.isEmpty()) {
                    if (addStart < 0) {
                        addStart = u.start();
                    }
                    addEnd = u.end();
                    continue;
                }
                if (addStart >= 0) {
                    added.add(TextSpan.of(r.article().raw(), addStart, addEnd));
                    addStart = -1;
                }
                sharedSentences++;
                m.keySet().forEach(b -> partners.add(results.get(b).id()));
                shared += diff(results, tops.get(offset[a] + u.index())).common();
            }
            if (addStart >= 0) {
                added.add(TextSpan.of(r.article().raw(), addStart, addEnd));
            }
            double share = words == 0 ? 0 : (double) shared / words;
            articles.add(new ArticleReuse(r.id(), share, words == 0 ? 0 : 1 - share, us.size(), sharedSentences,
                    new ArrayList<>(partners), added));
            if (pairwise) {
                // small sets: every pair of articles, for side-by-side reading
                TreeSet<Integer> partnerIdx = new TreeSet<>();
                for (Unit u : us) {
                    Map<Integer, ReuseMatcher.Match> m = best.get(offset[a] + u.index());
                    if (m != null) {
                        partnerIdx.addAll(m.keySet());
                    }
                }
                for (int b : partnerIdx) {
                    if (b > a) {
                        passages.addAll(passages(results, us, offset[a], i -> best.get(i) == null ? null : best.get(i).get(b)));
                    }
                }
            } else {
                // large sets: each sentence against its best partner only
                passages.addAll(passages(results, us, offset[a], tops::get));
            }
        }
        return new Result(ReuseMatcher.THRESHOLD, "MinHash LSH over sentence content words (r=" + MinHash.ROWS
                + ", b=" + MinHash.BANDS + "), verified by Dice >= " + ReuseMatcher.THRESHOLD
                + "; word-level LCS diff of each aligned pair", articles, passages);
    }

    private static ReuseMatcher.Match top(Map<Integer, ReuseMatcher.Match> m) {
        ReuseMatcher.Match top = null;
        for (ReuseMatcher.Match x : m.values()) {
            if (top == null || x.similarity() > top.similarity()) {
                top = x;
            }
        }
        return top;
    }

    /** Runs of consecutive sentences matched, in order, in one partner article. */
    private static List<Passage> passages(List<ArticleResult> results, List<Unit> us, int offset,
                                          java.util.function.IntFunction<ReuseMatcher.Match> matchOf) {
        List<Passage> out = new ArrayList<>();
        List<ReuseMatcher.Match> run = new ArrayList<>();
        for (Unit u : us) {
            ReuseMatcher.Match x = matchOf.apply(offset + u.index());
            if (x == null && u.size() < ReuseMatcher.MIN_WORDS) {
                continue; // a short sentence ("It makes no sense.") is never matched, so it does not break a run
            }
            if (x != null && !run.isEmpty()) {
                ReuseMatcher.Match last = run.get(run.size() - 1);
                if (x.b().article() != last.b().article() || !nextOf(us, last.a(), x.a())
                        || x.b().index() <= last.b().index()) {
                    out.add(passage(results, run));
                    run = new ArrayList<>();
                }
            }
            if (x == null) {
                if (!run.isEmpty()) {
                    out.add(passage(results, run));
                    run = new ArrayList<>();
                }
                continue;
            }
            run.add(x);
        }
        if (!run.isEmpty()) {
            out.add(passage(results, run));
        }
        return out;
    }

    /** b follows a, with at most short (unmatchable) sentences between them. */
    private static boolean nextOf(List<Unit> us, Unit a, Unit b) {
        for (int i = a.index() + 1; i < b.index(); i++) {
            if (us.get(i).size() >= ReuseMatcher.MIN_WORDS) {
                return false;
            }
        }
        return b.index() > a.index();
    }

    private static Passage passage(List<ArticleResult> results, List<ReuseMatcher.Match> run) {
        ArticleResult ra = results.get(run.get(0).a().article());
        ArticleResult rb = results.get(run.get(0).b().article());
        List<SentencePair> pairs = new ArrayList<>();
        double sim = 0;
        int bStart = Integer.MAX_VALUE;
        int bEnd = 0;
        for (ReuseMatcher.Match m : run) {
            pairs.add(new SentencePair(TextSpan.of(ra.article().raw(), m.a().start(), m.a().end()),
                    TextSpan.of(rb.article().raw(), m.b().start(), m.b().end()), round(m.similarity()),
                    diff(results, m).ops()));
            sim += m.similarity();
            bStart = Math.min(bStart, m.b().start());
            bEnd = Math.max(bEnd, m.b().end());
        }
        Unit first = run.get(0).a();
        Unit last = run.get(run.size() - 1).a();
        return new Passage(ra.id(), rb.id(), TextSpan.of(ra.article().raw(), first.start(), last.end()),
                TextSpan.of(rb.article().raw(), bStart, bEnd), round(sim / run.size()), pairs);
    }

    /** Diffs already computed (a sentence's best match is diffed for the metric and again for its passage). */
    private static final ThreadLocal<Map<ReuseMatcher.Match, WordDiff.Result>> DIFFS =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static WordDiff.Result diff(List<ArticleResult> results, ReuseMatcher.Match m) {
        return DIFFS.get().computeIfAbsent(m,
                x -> WordDiff.diff(x.a().words(), x.b().words(), surface(results, x.a()), surface(results, x.b())));
    }

    /**
     * Each word as written with the punctuation that follows it up to the next word ("ridiculous,", "It"
     * then "’s"), white space collapsed, and the sentence's opening quote or bracket before its first word,
     * so that side by side shows the sentence's punctuation, not bare words.
     */
    private static String[] surface(List<ArticleResult> results, Unit u) {
        String raw = results.get(u.article()).article().raw();
        String[] out = new String[u.size()];
        for (int i = 0; i < out.length; i++) {
            int from = i == 0 ? Math.min(u.start(), u.wordStarts()[0]) : u.wordStarts()[i];
            int to = i + 1 < out.length ? u.wordStarts()[i + 1] : Math.max(u.end(), u.wordEnds()[i]);
            String s = raw.substring(Math.max(0, from), Math.min(raw.length(), Math.max(to, u.wordEnds()[i])));
            boolean glued = i > 0 && !Character.isWhitespace(raw.charAt(from - 1)); // "read-out", "It’s"
            out[i] = (glued ? WordDiff.GLUE : "") + s.replaceAll("\\s+", " ").strip();
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
