package org.slant.report.html;

import org.slant.text.English;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short labels for a chart's rows that never become ambiguous: cut to {@value #MAX} characters at the end
 * ("The Moscow Times") when that keeps them apart; when two would read the same ("Paul Joseph Watso…"
 * twice), cut in the middle so both ends show; if they still collide, numbered. The full label is always
 * in the row's tooltip.
 */
final class ChartLabels {

    static final int MAX = 18;

    private ChartLabels() {
    }

    static List<String> of(List<String> full) {
        List<String> end = full.stream().map(s -> English.clip(s, MAX)).toList();
        if (distinct(end)) {
            return end;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            out.add(collides(end, i) ? middle(full.get(i)) : end.get(i));
        }
        if (distinct(out)) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> numbered = new ArrayList<>();
        for (String s : out) {
            int n = seen.merge(s, 1, Integer::sum);
            numbered.add(n == 1 ? s : English.clip(s, MAX - 3) + " #" + n);
        }
        return numbered;
    }

    /** "Paul Jose…Watson (2)": the first and last characters, with the middle left out. */
    static String middle(String s) {
        if (s.length() <= MAX) {
            return s;
        }
        int head = (MAX - 1) / 2;
        int tail = MAX - 1 - head;
        int a = head;
        if (Character.isHighSurrogate(s.charAt(a - 1))) {
            a--;
        }
        int b = s.length() - tail;
        if (Character.isLowSurrogate(s.charAt(b))) {
            b++;
        }
        return s.substring(0, a) + "…" + s.substring(b);
    }

    private static boolean collides(List<String> labels, int i) {
        for (int j = 0; j < labels.size(); j++) {
            if (j != i && labels.get(j).equals(labels.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean distinct(List<String> labels) {
        return labels.stream().distinct().count() == labels.size();
    }
}
