package org.slant.check;

import java.util.ArrayList;
import java.util.List;

/** Parses the body of an HTML comment into a {@link Marker}, if it is one. */
final class Markers {

    /** A comment that starts like a marker but is not a valid one: reported, never silently ignored. */
    record Bad(int start, int line, int column, String message) {
    }

    /** The result of reading one comment: a marker, a problem, or neither (an ordinary comment). */
    record Parsed(Marker marker, Bad bad) {
    }

    private Markers() {
    }

    static Parsed parse(String body, int start, int line, int endLine, int column) {
        String s = body.strip();
        if (!s.startsWith("slant-")) {
            return new Parsed(null, null);
        }
        int sp = 0;
        while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) {
            sp++;
        }
        String word = s.substring(0, sp);
        Marker.Type type = Marker.Type.of(word);
        if (type == null) {
            return new Parsed(null, new Bad(start, line, column, "unknown marker '" + clip(word)
                    + "' (slant-disable, slant-enable, slant-disable-line, slant-disable-next-line)"));
        }
        String rest = s.substring(sp);
        String reason = "";
        int dash = reasonStart(rest);
        if (dash >= 0) {
            reason = rest.substring(dash + 2).strip().replaceAll("\\s+", " ");
            rest = rest.substring(0, dash);
        }
        List<String> names = new ArrayList<>();
        for (String n : rest.split("[\\s,]+")) {
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        if (type == Marker.Type.ENABLE && !reason.isEmpty()) {
            reason = "";
        }
        return new Parsed(new Marker(type, names, reason, start, line, endLine, column), null);
    }

    /** Where the "--" that starts the reason is: a "--" standing on its own. */
    private static int reasonStart(String s) {
        int i = s.indexOf("--");
        while (i >= 0) {
            boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            boolean after = i + 2 >= s.length() || Character.isWhitespace(s.charAt(i + 2));
            if (before && after) {
                return i;
            }
            i = s.indexOf("--", i + 2);
        }
        return -1;
    }

    static String clip(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
