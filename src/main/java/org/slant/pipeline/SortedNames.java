package org.slant.pipeline;

import java.util.Arrays;

/**
 * Metric names in strictly increasing order, checked once when made: a stage that gives the same names
 * for every article (terminology's hundred or so) hands its values over in this order, and they go in
 * without a name comparison each (those comparisons of long shared prefixes were 6% of the terminology
 * stage under C1, issue 21). Immutable.
 */
public final class SortedNames {

    private final String[] names;

    public SortedNames(String[] names) {
        for (int i = 1; i < names.length; i++) {
            if (names[i - 1].compareTo(names[i]) >= 0) {
                throw new IllegalArgumentException("metric names out of order or repeated: '" + names[i - 1]
                        + "', '" + names[i] + "'");
            }
        }
        this.names = names.clone();
    }

    public int size() {
        return names.length;
    }

    public String get(int i) {
        return names[i];
    }

    /** The index of a name, or a negative number when it is not one of them. */
    public int indexOf(String name) {
        return Arrays.binarySearch(names, name);
    }
}
