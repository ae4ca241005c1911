package org.slant.extract.terminology;

import org.slant.pipeline.SortedNames;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An article's metrics as a read-only map over two arrays, names in sorted order and their values: the
 * names are shared by every article, so an article costs one array of numbers, where a hash map cost a
 * node and a boxed number per metric and a table to grow (6% of the terminology stage, issue 21).
 * Iterates in name order; {@code get} is a binary search.
 */
final class MetricValues extends AbstractMap<String, Double> {

    private final SortedNames names;
    private final double[] values;

    /** @param names shared by every article; {@code values[i]} is the value of {@code names.get(i)} */
    MetricValues(SortedNames names, double[] values) {
        this.names = names;
        this.values = values;
    }

    SortedNames names() {
        return names;
    }

    double[] numbers() {
        return values;
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public Double get(Object key) {
        int i = key instanceof String s ? names.indexOf(s) : -1;
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && names.indexOf(s) >= 0;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.size();
            }

            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.size();
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= names.size()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(names.get(i), values[i]);
                    }
                };
            }
        };
    }
}
