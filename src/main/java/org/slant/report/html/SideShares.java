package org.slant.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sentence per outlet on whose words it quotes or reports: each side's share and the unknown part, all
 * of every attributed word (issue 16: a share that leaves the unknown speakers out overstates how one-sided
 * an outlet is). "Daily Ledger: Eastland 40%, Westria 10% of attributed words, 50% unknown (120 words)."
 */
final class SideShares {

    private SideShares() {
    }

    /** The side metrics of a corpus: {@code voice.<actor>.words}, the unknown part left out. */
    static List<String> sideMetrics(Corpus c) {
        return new ArrayList<>(Metrics.names(c.articles,
                m -> m.startsWith("voice.") && m.endsWith(".words") && !m.equals("voice.unknown.words")));
    }

    /** An outlet's attributed words by side (identified speakers only) and the words of unknown speakers. */
    record Voices(Map<String, Double> words, double identified, double unknown) {
        double all() {
            return identified + unknown;
        }
    }

    static Voices of(Corpus c, String outlet, List<String> metrics) {
        Map<String, Double> words = new TreeMap<>();
        double identified = 0;
        for (String m : metrics) {
            double v = Metrics.outletSum(c, outlet, a -> a.metric(m));
            if (!Double.isNaN(v) && v > 0) {
                words.put(Charts.actor(m), v);
                identified += v;
            }
        }
        double unknown = Metrics.outletSum(c, outlet, a -> a.metric("voice.unknown.words"));
        return new Voices(words, identified, Double.isNaN(unknown) || unknown < 0 ? 0 : unknown);
    }

    static List<String> sentences(Corpus c, List<String> outlets) {
        List<String> metrics = sideMetrics(c);
        List<String> out = new ArrayList<>();
        for (String o : outlets) {
            Voices v = of(c, o, metrics);
            Map<String, Double> words = v.words();
            double unknown = v.unknown();
            double all = v.all();
            if (all <= 0) {
                continue;
            }
            double total = all;
            List<String> parts = words.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .map(e -> c.actors.label(e.getKey()) + " " + Fmt.pct(e.getValue() / total)).toList();
            out.add(o + ": " + (parts.isEmpty() ? "no side " : String.join(", ", parts) + " ") + "of attributed words, "
                    + Fmt.pct(unknown / all) + " unknown (" + Fmt.count(all) + " words).");
        }
        return out;
    }
}
