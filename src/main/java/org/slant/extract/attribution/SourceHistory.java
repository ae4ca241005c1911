package org.slant.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sources of the attributions found so far and the institutions mentioned with a qualifier, in text
 * order, for the look-backs of {@link Antecedents}: "it", "they", "the source", "the ministry". Each
 * look-back reads at most {@link Antecedents#ATTRIBUTIONS_BACK} entries.
 */
final class SourceHistory {

    private final List<Antecedents.Mention> sources = new ArrayList<>();
    private final List<Antecedents.Mention> bodies = new ArrayList<>();

    void source(Antecedents.Mention m) {
        sources.add(m);
    }

    void body(Antecedents.Mention m) {
        bodies.add(m);
    }

    /** The latest source before the token sharing a role class, or null. */
    Antecedents.Mention latestSource(Set<String> classes, int token) {
        return latest(sources, classes, token);
    }

    /** The latest institution mentioned before the token sharing a role class, or null. */
    Antecedents.Mention latestBody(Set<String> classes, int token) {
        return latest(bodies, classes, token);
    }

    private static Antecedents.Mention latest(List<Antecedents.Mention> list, Set<String> classes, int token) {
        int seen = 0;
        for (int k = list.size() - 1; k >= 0 && seen < Antecedents.ATTRIBUTIONS_BACK; k--, seen++) {
            Antecedents.Mention m = list.get(k);
            if (m.token() < token && Antecedents.intersects(m.source().classes(), classes)) {
                return m;
            }
        }
        return null;
    }

    /** The latest institution source in the same or previous sentence ("it said"). */
    Source institution(int sentence) {
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= Antecedents.ATTRIBUTIONS_BACK; k--) {
            Antecedents.Mention m = sources.get(k);
            if (m.sentence() < sentence - 1) {
                return null;
            }
            if (m.source().type().equals("institution")) {
                return m.source();
            }
        }
        return null;
    }

    /**
     * "they": the source of the same or the sentence before that can be many (an institution, unnamed
     * officials); never one named person. Two different such sources in the nearest sentence that has one:
     * unresolved (null).
     */
    Source plural(int sentence) {
        Source found = null;
        int at = -1;
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= Antecedents.ATTRIBUTIONS_BACK; k--) {
            Antecedents.Mention m = sources.get(k);
            if (m.sentence() < sentence - 1 || at >= 0 && m.sentence() != at) {
                break;
            }
            Source s = m.source();
            boolean many = s.type().equals("institution") || s.type().equals("anonymous") && s.speaker().endsWith("s");
            if (!many) {
                continue;
            }
            if (found != null && !found.speaker().equals(s.speaker())) {
                return null;
            }
            found = s;
            at = m.sentence();
        }
        return found;
    }
}
