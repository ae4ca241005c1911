package org.slant.dev.eval.attribution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Examples of missed and spurious cues, for looking at errors while developing on the train split. */
final class Misses {

    private final int limit;
    private final List<String> missed = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    Misses(int limit) {
        this.limit = limit;
    }

    void add(String name, String raw, List<BratAttributions.Gold> gold, List<PolnearScore.Predicted> pred) {
        if (limit <= 0) {
            return;
        }
        for (BratAttributions.Gold g : gold) {
            boolean found = pred.stream().anyMatch(p -> p.cueStart() < g.cue().end() && g.cue().start() < p.cueEnd());
            if (!found && missed.size() < limit) {
                missed.add(line(raw, g.cue().start(), g.cue().end()) + "   [" + name + "]");
            }
        }
        for (PolnearScore.Predicted p : pred) {
            for (BratAttributions.Gold g : gold) {
                if (p.cueStart() < g.cue().end() && g.cue().start() < p.cueEnd() && sources.size() < limit) {
                    int gs = g.source() == null ? -1 : g.source().start();
                    int ge = g.source() == null ? -1 : g.source().end();
                    if (g.cue().start() != p.cueStart() || g.cue().end() != p.cueEnd()) {
                        sources.add("cue gold " + raw.substring(g.cue().start(), g.cue().end()) + " | predicted "
                                + raw.substring(p.cueStart(), p.cueEnd()));
                    } else if (gs != p.sourceStart() || ge != p.sourceEnd()) {
                        sources.add("gold " + (gs < 0 ? "-" : raw.substring(gs, ge)) + " | predicted "
                                + (p.sourceStart() < 0 ? "-" : raw.substring(p.sourceStart(), p.sourceEnd())) + " | "
                                + line(raw, p.cueStart(), p.cueEnd()));
                    }
                }
            }
            boolean found = gold.stream().anyMatch(g -> p.cueStart() < g.cue().end() && g.cue().start() < p.cueEnd());
            if (!found && spurious.size() < limit) {
                spurious.add(line(raw, p.cueStart(), p.cueEnd()) + "   [" + name + "]");
            }
        }
    }

    private static String line(String raw, int s, int e) {
        int a = Math.max(0, s - 90);
        int b = Math.min(raw.length(), e + 60);
        return (raw.substring(a, s) + "[[" + raw.substring(s, e) + "]]" + raw.substring(e, b)).replace('\n', ' ');
    }

    void print(PrintWriter out) {
        if (limit <= 0) {
            return;
        }
        out.println("missed cues:");
        missed.forEach(m -> out.println("  - " + m));
        out.println("spurious cues:");
        spurious.forEach(m -> out.println("  + " + m));
        out.println("sources differing:");
        sources.forEach(m -> out.println("  ~ " + m.replace('\n', ' ')));
    }
}
