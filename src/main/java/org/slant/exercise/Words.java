package org.slant.exercise;

import java.util.List;
import java.util.Locale;

/** Small text helpers for worksheets: one-line text, clipping, numbers and lists in words. */
final class Words {

    private Words() {
    }

    /** Whitespace runs (line breaks included) as one space, trimmed. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** At most {@code max} characters, cut at a space when one is near, with an ellipsis. */
    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /** The text in curly quotation marks, unless it already stands between quotation marks. */
    static String quoted(String s) {
        String t = oneLine(s);
        if (t.length() >= 2 && "“\"‘'«„".indexOf(t.charAt(0)) >= 0 && "”\"’'»“".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t;
        }
        return "“" + t + "”";
    }

    static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf(v.longValue());
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A rate with one decimal: "8.8", "0.0". */
    static String rate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "a", "a and b", "a, b and c". */
    /** Letter labels for blind comparison: A, B, ..., Z, AA, AB, ... */
    static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : letter(i / 26 - 1) + (char) ('A' + i % 26);
    }

    /** An id for people: "russian_based_romanization" reads "russian based romanization". */
    static String readable(String id) {
        return id == null ? "" : id.replace('_', ' ').replace('.', ' ').strip();
    }

    /**
     * A metric for people: "loaded.narrator.per1k" reads "loaded words in the writer's own words per 1,000
     * words"; "claims.unattributed" reads "unattributed claims".
     */
    static String metric(String metric) {
        String[] p = metric.split("\\.");
        if (p.length == 3 && p[2].equals("per1k")) {
            return Vocab.term(p[0]) + "s, " + Vocab.voice(p[1]) + ", per 1,000 words";
        }
        if (p.length == 3 && p[2].equals("count")) {
            return Vocab.term(p[0]) + "s, " + Vocab.voice(p[1]) + " (count)";
        }
        if (metric.equals("claims.unattributed")) {
            return "unattributed claims (own-voice sentences with a loaded word or label and no source)";
        }
        return readable(metric);
    }
}
