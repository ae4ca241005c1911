package org.slant.batch;

import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps at most {@code limit} results: the ones whose id hashes lowest (a bottom-k sample). The choice
 * depends only on the ids, not on the order or speed of the run, so a corpus always gives the same
 * sample; when the corpus is no bigger than the limit, everything is kept. Results come back in input
 * order.
 */
public final class Sampler implements ResultSink {

    private record Held(long hash, long seq, ArticleResult result) {
    }

    private final int limit;
    private final PriorityQueue<Held> heap = new PriorityQueue<>(
            Comparator.comparingLong(Held::hash).thenComparingLong(Held::seq).reversed());
    private final List<org.slant.model.AnalysisError> errors = new ArrayList<>();
    private long seen;

    public Sampler(int limit) {
        this.limit = Math.max(1, limit);
    }

    @Override
    public void result(ArticleResult r) {
        Held h = new Held(hash(r.id()), seen++, r);
        if (heap.size() < limit) {
            heap.add(h);
        } else if (h.hash() < heap.peek().hash()) {
            heap.poll();
            heap.add(h);
        }
    }

    @Override
    public void error(org.slant.model.AnalysisError e) {
        errors.add(e);
    }

    public long seen() {
        return seen;
    }

    public List<org.slant.model.AnalysisError> errors() {
        return errors;
    }

    /** The held results, in input order. */
    public List<ArticleResult> held() {
        List<Held> all = new ArrayList<>(heap);
        all.sort(Comparator.comparingLong(Held::seq));
        return all.stream().map(Held::result).toList();
    }

    /** A fixed 64-bit hash of an id (FNV-1a, then mixed), the same on every machine and run. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
