package org.slant.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading finding attributes: strings, flags, {start, end, text} spans and lists of them. */
final class Attr {

    private Attr() {
    }

    static String string(Map<String, Object> attrs, String key) {
        Object v = attrs.get(key);
        return v == null ? null : String.valueOf(v);
    }

    static boolean flag(Map<String, Object> attrs, String key) {
        Object v = attrs.get(key);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(String.valueOf(v));
    }

    /** A span attribute as {start, end}, or null when absent or malformed. */
    static int[] span(Object v) {
        if (v instanceof Map<?, ?> m && m.get("start") instanceof Number s && m.get("end") instanceof Number e) {
            return new int[] {s.intValue(), e.intValue()};
        }
        return null;
    }

    static int[] span(Map<String, Object> attrs, String key) {
        return span(attrs.get(key));
    }

    static List<int[]> spans(Map<String, Object> attrs, String key) {
        List<int[]> out = new ArrayList<>();
        if (attrs.get(key) instanceof List<?> l) {
            for (Object o : l) {
                int[] s = span(o);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static List<String> strings(Map<String, Object> attrs, String key) {
        Object v = attrs.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}
