package org.slant.check;

import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which marker, if any, suppresses a finding. {@code slant-disable} opens a region up to the next
 * {@code slant-enable} that closes it (one with no names closes all; one with names closes those names);
 * {@code slant-disable-line} covers the lines of the comment itself, {@code slant-disable-next-line} the
 * line after it. A marker naming a metric suppresses that threshold for the whole article, wherever it is.
 */
final class Suppressions {

    private final List<Marker> markers;

    Suppressions(List<Marker> markers) {
        this.markers = markers;
    }

    /** The marker that suppresses a finding starting at this source offset and line, or null. */
    Marker covering(Finding f, int offset, int line) {
        for (Marker m : markers) {
            if (m.type() == Marker.Type.DISABLE_LINE && line >= m.line() && line <= m.endLine() && names(m.names(), f)) {
                return m;
            }
            if (m.type() == Marker.Type.DISABLE_NEXT_LINE && line == m.endLine() + 1 && names(m.names(), f)) {
                return m;
            }
        }
        return region(f, offset);
    }

    private Marker region(Finding f, int offset) {
        List<Region> open = new ArrayList<>();
        for (Marker m : markers) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() == Marker.Type.DISABLE) {
                open.add(new Region(m, m.namesAll() ? null : new HashSet<>(m.names()), new HashSet<>()));
            } else if (m.type() == Marker.Type.ENABLE) {
                if (m.namesAll()) {
                    open.clear();
                } else {
                    for (Region r : open) {
                        if (r.names == null) {
                            r.except.addAll(m.names());
                        } else {
                            r.names.removeAll(m.names());
                        }
                    }
                    open.removeIf(r -> r.names != null && r.names.isEmpty());
                }
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            Region r = open.get(i);
            boolean named = r.names == null ? !any(r.except, f) : any(r.names, f);
            if (named) {
                return r.marker;
            }
        }
        return null;
    }

    /** A marker that names this metric, or null. */
    Marker namingMetric(String metric) {
        for (Marker m : markers) {
            if (m.type() != Marker.Type.ENABLE && m.names().contains(metric)) {
                return m;
            }
        }
        return null;
    }

    /** Whether a marker's names cover a finding (no names: everything). */
    private static boolean names(java.util.Collection<String> names, Finding f) {
        return names.isEmpty() || any(names, f);
    }

    private static boolean any(java.util.Collection<String> names, Finding f) {
        return names.contains(f.rule()) || names.contains(f.kind()) || names.contains(f.extractor());
    }

    private record Region(Marker marker, Set<String> names, Set<String> except) {
    }
}
