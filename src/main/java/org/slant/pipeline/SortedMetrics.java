package org.slant.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * An article's metrics gathered stage by stage, kept sorted by name: each stage's metrics come sorted and
 * mostly fill a range of names no other stage uses ("attribution.", "terminology."...), so a stage's block goes
 * in by one binary search instead of a tree insertion per metric (about 200 metrics an article, string
 * comparisons that were 2% of the real-text profile, issue 21). As a {@link SortedMap} it is only read once,
 * whole, by {@code new TreeMap<>(it)}, which then builds its tree in one linear pass.
 */
final class SortedMetrics extends AbstractMap<String, Double> implements SortedMap<String, Double> {

    private final List<Map.Entry<String, Double>> entries;

    SortedMetrics() {
        this(256);
    }

    SortedMetrics(int capacity) {
        entries = new ArrayList<>(capacity);
    }

    /**
     * One metric, as {@code TreeMap.put} would keep it (a name given again takes the new value): a name after the
     * last one, the common case, costs one comparison; others a binary search and an insertion.
     */
    void putSorted(String name, Double value) {
        int n = entries.size();
        if (n == 0 || entries.get(n - 1).getKey().compareTo(name) < 0) {
            entries.add(Map.entry(name, value));
            return;
        }
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = entries.get(mid).getKey().compareTo(name);
            if (c == 0) {
                entries.set(mid, Map.entry(name, value));
                return;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        entries.add(lo, Map.entry(name, value));
    }

    /**
     * Adds a stage's metrics (sorted by name, values already rounded); returns the first name already present
     * (in the stage's order), or null: the caller fails the article on it, as a tree insertion would have.
     */
    String addSorted(List<Map.Entry<String, Double>> stage) {
        if (stage.isEmpty()) {
            return null;
        }
        String first = stage.get(0).getKey();
        String last = stage.get(stage.size() - 1).getKey();
        int at = insertionPoint(first);
        if (at < 0) {
            return first;
        }
        if (at == entries.size() || last.compareTo(entries.get(at).getKey()) < 0) {
            entries.addAll(at, stage);   // the stage's names all fall between two present ones
            return null;
        }
        // interleaved with names present (terminology's ~100 names around other stages'): one linear merge from
        // the insertion point, where a binary search per name compared long shared prefixes (3%, issue 21)
        List<Map.Entry<String, Double>> merged = new ArrayList<>(entries.size() - at + stage.size());
        int a = at;
        for (Map.Entry<String, Double> e : stage) {
            String name = e.getKey();
            int c = -1;
            while (a < entries.size() && (c = entries.get(a).getKey().compareTo(name)) < 0) {
                merged.add(entries.get(a++));
            }
            if (a < entries.size() && c == 0) {
                return name;
            }
            merged.add(e);
        }
        merged.addAll(entries.subList(a, entries.size()));
        entries.subList(at, entries.size()).clear();
        entries.addAll(merged);
        return null;
    }

    /** Where the name goes, or -1 when it is present. */
    private int insertionPoint(String name) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = entries.get(mid).getKey().compareTo(name);
            if (c == 0) {
                return -1;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        return entries.get(0).getKey();
    }

    @Override
    public String lastKey() {
        return entries.get(entries.size() - 1).getKey();
    }

    @Override
    public SortedMap<String, Double> subMap(String from, String to) {
        throw new UnsupportedOperationException("read whole");
    }

    @Override
    public SortedMap<String, Double> headMap(String to) {
        throw new UnsupportedOperationException("read whole");
    }

    @Override
    public SortedMap<String, Double> tailMap(String from) {
        throw new UnsupportedOperationException("read whole");
    }
}
