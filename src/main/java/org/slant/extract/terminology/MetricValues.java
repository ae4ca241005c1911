package org.slant.extract.terminology;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
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

    private final String[] names;
    private final double[] values;

    /** @param names sorted, shared and never changed; {@code values[i]} is the value of {@code names[i]} */
    MetricValues(String[] names, double[] values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Double get(Object key) {
        int i = key instanceof String s ? Arrays.binarySearch(names, s) : -1;
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && Arrays.binarySearch(names, s) >= 0;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(names[i], values[i]);
                    }
                };
            }
        };
    }
}
