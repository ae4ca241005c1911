package org.slant.check;

import org.junit.jupiter.api.Test;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.Voice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The indexed {@link Suppressions} answers exactly as replaying the markers up to each finding does (the
 * way it was done before the index, kept here as the reference), on random marker sequences: disables and
 * enables of everything and of names, line markers, several per line.
 */
class SuppressionsIndexTest {

    private static final String[] NAMES = {"terminology", "terminology.loaded", "loaded.bizarre", "attribution",
            "attribution.anonymous", "hedge.reportedly"};
    private static final Finding[] FINDINGS = {
            finding("terminology", "loaded", "loaded.bizarre"),
            finding("terminology", "label", "label.regime"),
            finding("attribution", "anonymous", "cue.say"),
            finding("terminology", "hedge", "hedge.reportedly")};

    static Finding finding(String extractor, String category, String rule) {
        return new Finding(extractor, category, 0, 1, "x", Voice.NARRATOR, rule, 1, Attrs.NONE);
    }

    @Test
    void answersAsReplayingTheMarkersDoes() {
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Marker> markers = new ArrayList<>();
            int offset = 0;
            int line = 1;
            for (int i = 0, n = r.nextInt(25); i < n; i++) {
                offset += r.nextInt(3) * 10;
                line += r.nextInt(2);
                Marker.Type type = Marker.Type.values()[r.nextInt(4)];
                List<String> names = new ArrayList<>();
                for (int k = 0, m = r.nextInt(3); k < m; k++) {
                    names.add(NAMES[r.nextInt(NAMES.length)]);
                }
                int endLine = line + (r.nextInt(4) == 0 ? 1 : 0);
                markers.add(new Marker(type, names, "why " + i, offset, line, endLine, 1));
                line = endLine;
            }
            Suppressions index = new Suppressions(markers);
            for (int q = 0; q < 40; q++) {
                Finding f = FINDINGS[r.nextInt(FINDINGS.length)];
                int at = r.nextInt(offset + 20);
                int atLine = 1 + r.nextInt(line + 2);
                assertSame(reference(markers, f, at, atLine), index.covering(f, at, atLine),
                        () -> "markers " + markers + ", finding " + f.rule() + " at " + at + " line " + atLine);
            }
            for (String name : NAMES) {
                Marker expected = null;
                for (Marker m : markers) {
                    if (m.type() != Marker.Type.ENABLE && m.names().contains(name)) {
                        expected = m;
                        break;
                    }
                }
                assertSame(expected, index.namingMetric(name));
            }
        }
    }

    /** The markers replayed up to the finding, as Suppressions did before it was indexed. */
    static Marker reference(List<Marker> markers, Finding f, int offset, int line) {
        for (Marker m : markers) {
            if (m.type() == Marker.Type.DISABLE_LINE && line >= m.line() && line <= m.endLine() && names(m.names(), f)) {
                return m;
            }
            if (m.type() == Marker.Type.DISABLE_NEXT_LINE && line == m.endLine() + 1 && names(m.names(), f)) {
                return m;
            }
        }
        record Region(Marker marker, Set<String> names, Set<String> except) {
        }
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
                    for (Region g : open) {
                        if (g.names() == null) {
                            g.except().addAll(m.names());
                        } else {
                            g.names().removeAll(m.names());
                        }
                    }
                    open.removeIf(g -> g.names() != null && g.names().isEmpty());
                }
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            Region g = open.get(i);
            if (g.names() == null ? !any(g.except(), f) : any(g.names(), f)) {
                return g.marker();
            }
        }
        return null;
    }

    private static boolean names(List<String> names, Finding f) {
        return names.isEmpty() || any(names, f);
    }

    private static boolean any(java.util.Collection<String> names, Finding f) {
        return names.contains(f.rule()) || names.contains(f.kind()) || names.contains(f.extractor());
    }
}
