package org.slant.report.html;

import org.slant.compare.Analysis;
import org.slant.extract.attribution.ActorLabels;
import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The articles as the page names and bounds them: a short display label for each (its outlet, numbered
 * when an outlet has several), a stable anchor, the outlets with their articles, and which articles are
 * shown in full. Large sets are bounded: the page shows at most {@link #fullLimit} articles in full and
 * {@link #rowLimit} overview rows, chosen deterministically (round-robin over the outlets, each outlet's
 * articles in the order of a fixed hash of their ids), so every outlet is represented and the same input
 * always gives the same page.
 */
final class Corpus {

    static final int FULL_LIMIT = 50;
    static final int ROW_LIMIT = 500;

    final Analysis analysis;
    final List<ArticleResult> articles;
    final int fullLimit;
    final int rowLimit;
    /** Reader's names of the sides (actor ids), from the actors lexicon. */
    final ActorLabels actors;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Outlet name to the indices of its articles, in input order; outlets sorted by name. */
    final TreeMap<String, List<Integer>> byOutlet = new TreeMap<>();
    /** Indices of the articles shown in full, in input order. */
    final List<Integer> full;
    /** Indices of the articles with an overview row, in input order. */
    final List<Integer> rows;
    private final java.util.BitSet fullSet = new java.util.BitSet();

    Corpus(Analysis analysis, ActorLabels actors) {
        this(analysis, actors, FULL_LIMIT, ROW_LIMIT);
    }

    Corpus(Analysis analysis, ActorLabels actors, int fullLimit, int rowLimit) {
        this.analysis = analysis;
        this.actors = actors;
        this.articles = analysis.articles();
        this.fullLimit = fullLimit;
        this.rowLimit = rowLimit;
        for (int i = 0; i < articles.size(); i++) {
            index.putIfAbsent(articles.get(i).id(), i);
            byOutlet.computeIfAbsent(outlet(i), k -> new ArrayList<>()).add(i);
        }
        String[] label = new String[articles.size()];
        byOutlet.forEach((o, same) -> {
            for (int k = 0; k < same.size(); k++) {
                label[same.get(k)] = same.size() == 1 ? o : o + " (" + (k + 1) + ")";
            }
        });
        labels.addAll(java.util.Arrays.asList(label));
        full = sample(fullLimit);
        rows = sample(rowLimit);
        full.forEach(fullSet::set);
    }

    String outlet(int i) {
        return articles.get(i).article().meta().outlet();
    }

    /**
     * The outlets a glance sentence may rank: all but those of unknown origin ("unknown (file)"), which
     * are single articles that nobody named, not publishers to compare.
     */
    List<String> rankable() {
        List<String> out = new ArrayList<>();
        byOutlet.forEach((o, members) -> {
            if (members.stream().anyMatch(i -> articles.get(i).article().meta().outletSource()
                    != org.slant.model.OutletSource.UNKNOWN)) {
                out.add(o);
            }
        });
        return out;
    }

    int size() {
        return articles.size();
    }

    /** The article's index, or -1 for an id not in the set. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    String label(int i) {
        return labels.get(i);
    }

    /** The display label of an article id, or the id itself when unknown. */
    String label(String id) {
        int i = indexOf(id);
        return i < 0 ? id : labels.get(i);
    }

    /** The anchor of an article's full text (only meaningful for articles shown in full). */
    static String anchor(int i) {
        return "art-" + (i + 1);
    }

    boolean shownInFull(int i) {
        return i >= 0 && fullSet.get(i);
    }

    boolean sampled() {
        return full.size() < articles.size();
    }

    /** Several articles share an outlet, so per-outlet rows say more than per-article ones. */
    boolean hasOutletGroups() {
        return byOutlet.size() < articles.size();
    }

    private List<Integer> sample(int limit) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            all.add(i);
        }
        if (articles.size() <= limit) {
            return all;
        }
        List<List<Integer>> queues = new ArrayList<>();
        for (List<Integer> members : byOutlet.values()) {
            List<Integer> q = new ArrayList<>(members);
            q.sort((a, b) -> {
                int c = Long.compareUnsigned(hash(articles.get(a).id()), hash(articles.get(b).id()));
                return c != 0 ? c : Integer.compare(a, b);
            });
            queues.add(q);
        }
        java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
        for (int round = 0; picked.size() < limit; round++) {
            for (List<Integer> q : queues) {
                if (round < q.size() && picked.size() < limit) {
                    picked.add(q.get(round));
                }
            }
        }
        return new ArrayList<>(picked);
    }

    /** FNV-1a over the UTF-16 units: stable across JVMs and runs. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
