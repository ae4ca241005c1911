package org.slant.check;

import org.slant.model.Finding;
import org.slant.model.Voice;

import java.math.BigDecimal;

/** The words of {@code slant check}'s messages, the same in every output format. */
final class Messages {

    private Messages() {
    }

    /**
     * What was found, in whose voice: the rule's rationale is not repeated on every line (each format gives
     * it once per rule: a footnote, SARIF's rule help, JUnit properties, the JSON's rules).
     */
    static String finding(Finding f) {
        return '"' + clip(f.text(), 80) + "\": " + f.kind() + ' ' + voice(f);
    }

    /** Every reported rule with its one-line rationale, in id order (rules without one are left out). */
    static java.util.SortedMap<String, String> rationales(java.util.List<ArticleCheck> articles, Vocabulary vocabulary) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (ArticleCheck a : articles) {
            for (Issue i : a.reported()) {
                if (i.type() == Issue.Type.FINDING && !out.containsKey(i.rule())) {
                    String r = vocabulary.rationale(i.rule());
                    if (r != null && !r.isBlank()) {
                        out.put(i.rule(), oneLine(r));
                    }
                }
            }
        }
        return out;
    }

    private static String voice(Finding f) {
        Voice v = f.voice();
        return switch (v) {
            case NARRATOR -> "in the narrator's voice";
            case QUOTED -> {
                String speaker = f.attrs().speaker();
                yield speaker == null ? "inside a quotation" : "inside a quotation of " + clip(speaker, 60);
            }
            case REPORTED -> "in reported speech";
            case NONE -> "outside the article's prose";
        };
    }

    static String threshold(Threshold t, double value) {
        return t.metric() + " is " + number(value) + "; the policy requires " + t.expression();
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static String clip(String s, int max) {
        String t = oneLine(s);
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }

    /** The words around a raw range, within its line, at most 40 characters each side, white space collapsed. */
    static String context(String raw, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 40 && raw.charAt(from - 1) != '\n' && raw.charAt(from - 1) != '\r') {
            from--;
        }
        int to = end;
        while (to < raw.length() && to - end < 40 && raw.charAt(to) != '\n' && raw.charAt(to) != '\r') {
            to++;
        }
        return oneLine(raw.substring(from, to));
    }
}
