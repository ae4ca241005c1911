package org.slant.dev.eval.attribution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Examples of missed and spurious cues, for looking at errors while developing on the train split. */
final class Misses {

    private final int limit;
    private final List<String> missed = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();

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
    }
}
