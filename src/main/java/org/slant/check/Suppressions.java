package org.slant.check;

import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which marker, if any, suppresses a finding. {@code slant-disable} opens a region up to the next
 * {@code slant-enable} that closes it (one with no names closes all; one with names closes those names);
 * {@code slant-disable-line} covers the lines of the comment itself, {@code slant-disable-next-line} the
 * line after it. A marker naming a metric suppresses that threshold for the whole article, wherever it is.
 * <p>
 * Markers are indexed once, so a finding is answered in logarithmic time, whatever its order: replaying
 * the markers for every finding was quadratic (100,000 markers in one file did not finish). The regions
 * open at a point are: for each name, the newest {@code slant-disable} naming it that no later enable
 * closed; and the newest {@code slant-disable} of everything, less the names enabled since it opened (an
 * older one of everything has seen at least those enables, so it never covers what the newest does not).
 */
final class Suppressions {

    private final List<Marker> markers;
    /** prefixMax[i]: the largest start among markers 0..i; a finding at offset sees the markers before the first start at or past it. */
    private final int[] prefixMax;
    /** For each name, the list indices of the disables and of the enables that name it, in order. */
    private final Map<String, int[]> disables = new HashMap<>();
    private final Map<String, int[]> enables = new HashMap<>();
    /** lastAllDisable[k], lastAllEnable[k]: the index of the last disable / enable of everything among the first k markers, or -1. */
    private final int[] lastAllDisable;
    private final int[] lastAllEnable;
    /** For each source line, the first line marker in list order of everything and per name. */
    private final Map<Integer, LineMarkers> lines = new HashMap<>();
    private final Map<String, Marker> firstNaming = new HashMap<>();

    private static final class LineMarkers {
        int all = Integer.MAX_VALUE;
        final Map<String, Integer> byName = new HashMap<>();
    }

    Suppressions(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        int n = this.markers.size();
        prefixMax = new int[n];
        lastAllDisable = new int[n + 1];
        lastAllEnable = new int[n + 1];
        lastAllDisable[0] = -1;
        lastAllEnable[0] = -1;
        Map<String, List<Integer>> dis = new HashMap<>();
        Map<String, List<Integer>> en = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Marker m = this.markers.get(i);
            prefixMax[i] = Math.max(i == 0 ? Integer.MIN_VALUE : prefixMax[i - 1], m.start());
            boolean all = m.namesAll();
            lastAllDisable[i + 1] = m.type() == Marker.Type.DISABLE && all ? i : lastAllDisable[i];
            lastAllEnable[i + 1] = m.type() == Marker.Type.ENABLE && all ? i : lastAllEnable[i];
            if (!all && (m.type() == Marker.Type.DISABLE || m.type() == Marker.Type.ENABLE)) {
                Map<String, List<Integer>> into = m.type() == Marker.Type.DISABLE ? dis : en;
                for (String name : m.names()) {
                    into.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                }
            }
            if (m.type() == Marker.Type.DISABLE_LINE) {
                for (int line = m.line(); line <= m.endLine(); line++) {
                    lineMarker(line, m, i);
                }
            } else if (m.type() == Marker.Type.DISABLE_NEXT_LINE) {
                lineMarker(m.endLine() + 1, m, i);
            }
            if (m.type() != Marker.Type.ENABLE) {
                for (String name : m.names()) {
                    firstNaming.putIfAbsent(name, m);
                }
            }
        }
        dis.forEach((name, list) -> disables.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
        en.forEach((name, list) -> enables.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    private void lineMarker(int line, Marker m, int index) {
        LineMarkers lm = lines.computeIfAbsent(line, k -> new LineMarkers());
        if (m.namesAll()) {
            lm.all = Math.min(lm.all, index);
        } else {
            for (String name : m.names()) {
                lm.byName.putIfAbsent(name, index);
            }
        }
    }

    /** The marker that suppresses a finding starting at this source offset and line, or null. */
    Marker covering(Finding f, int offset, int line) {
        LineMarkers lm = lines.get(line);
        if (lm != null) {
            int first = lm.all;
            for (String name : names(f)) {
                first = Math.min(first, lm.byName.getOrDefault(name, Integer.MAX_VALUE));
            }
            if (first != Integer.MAX_VALUE) {
                return markers.get(first);
            }
        }
        return region(f, offset);
    }

    private Marker region(Finding f, int offset) {
        int k = seen(offset);
        int cleared = lastAllEnable[k];
        int best = -1;
        for (String name : names(f)) {
            int d = lastBefore(disables.get(name), k);
            if (d > cleared && d > lastBefore(enables.get(name), k)) {
                best = Math.max(best, d);
            }
        }
        int all = lastAllDisable[k];
        if (all > cleared && all > best && !enabledSince(f, all, k)) {
            best = all;
        }
        return best < 0 ? null : markers.get(best);
    }

    /** How many markers a finding at this offset sees: those before the first whose start is at or past it. */
    private int seen(int offset) {
        int lo = 0;
        int hi = prefixMax.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefixMax[mid] >= offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The last of these marker indices (ascending) that is below k, or -1. */
    private static int lastBefore(int[] indices, int k) {
        if (indices == null) {
            return -1;
        }
        int lo = 0;
        int hi = indices.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (indices[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? -1 : indices[lo - 1];
    }

    /** Whether an enable naming one of the finding's names came after marker {@code from}, among the first k. */
    private boolean enabledSince(Finding f, int from, int k) {
        for (String name : names(f)) {
            if (lastBefore(enables.get(name), k) > from) {
                return true;
            }
        }
        return false;
    }

    /** A marker that names this metric, or null. */
    Marker namingMetric(String metric) {
        return firstNaming.get(metric);
    }

    private static List<String> names(Finding f) {
        return java.util.Arrays.asList(f.rule(), f.kind(), f.extractor());
    }
}
