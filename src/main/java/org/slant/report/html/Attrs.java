package org.slant.report.html;

import org.slant.text.English;

import java.util.List;
import java.util.Map;

/** Reading the loosely typed {@code attrs} of a finding, without trusting their shape. */
final class Attrs {

    static final int MAX_TEXT = 300;

    private Attrs() {
    }

    /** A string attribute, or null when absent, blank or not a string. */
    static String string(Map<String, Object> attrs, String key) {
        Object v = attrs.get(key);
        return v instanceof String s && !s.isBlank() ? s : null;
    }

    /** A {@code {start, end, text}} attribute as a raw span, or null when absent or outside the text. */
    static int[] span(Map<String, Object> attrs, String key, int textLength) {
        if (!(attrs.get(key) instanceof Map<?, ?> m)) {
            return null;
        }
        if (!(m.get("start") instanceof Number s) || !(m.get("end") instanceof Number e)) {
            return null;
        }
        int start = s.intValue();
        int end = e.intValue();
        if (start < 0 || end <= start || end > textLength) {
            return null;
        }
        return new int[]{start, end};
    }

    /** The text of a {@code {start, end, text}} attribute, or null. */
    static String spanText(Map<String, Object> attrs, String key) {
        if (attrs.get(key) instanceof Map<?, ?> m && m.get("text") instanceof String t && !t.isBlank()) {
            return clip(t);
        }
        return null;
    }

    /** Any attribute value as one line of text: lists joined, spans by their text, long text clipped. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (Object o : l) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(text(o));
            }
            return clip(b.toString());
        }
        if (v instanceof Map<?, ?> m) {
            if (m.get("text") instanceof String t) {
                return clip(t);
            }
            StringBuilder b = new StringBuilder();
            new java.util.TreeMap<>(stringKeys(m)).forEach((k, x) -> {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(k).append(": ").append(text(x));
            });
            return clip(b.toString());
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return clip(String.valueOf(v));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new java.util.HashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), x));
        return out;
    }

    static String clip(String s) {
        return English.clip(s.replaceAll("\\s+", " ").strip(), MAX_TEXT);
    }
}
