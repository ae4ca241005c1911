package org.slant.report.html;

import org.slant.model.Attrs;
import org.slant.model.TermAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finding's note says besides its kind, voice and rule, read from the finding's typed attributes.
 * Text from the analysis is clipped to one line here; the template escapes it.
 */
final class NoteDetail {

    private NoteDetail() {
    }

    /** A boilerplate finding's reasons, "reasons: a, b"; empty when it has none. */
    static String boilerplate(Attrs a) {
        return a instanceof Attrs.Boilerplate b ? "reasons: " + list(b.reasons()) : "";
    }

    /** A terminology finding's rationale, or null when it has none. */
    static String rationale(Attrs a) {
        return a instanceof TermAttrs t ? nonBlank(t.rationale()) : null;
    }

    /** A terminology finding's rationale, then its other fields in the order analysis.json writes them. */
    static String term(Attrs a) {
        if (!(a instanceof TermAttrs t)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String rationale = nonBlank(t.rationale());
        if (rationale != null) {
            parts.add(Clip.line(rationale));
        }
        TreeMap<String, String> fields = new TreeMap<>();
        optional(fields, "affiliation", t.affiliation());
        optional(fields, "paraphrase_of", t.paraphraseOf());
        optional(fields, "speaker", t.speaker());
        if (t instanceof TermAttrs.Naming n) {
            fields.put("set", text(n.set()));
            fields.put("variant", text(n.variant()));
            fields.put("convention", text(n.convention()));
        } else if (t instanceof TermAttrs.ScareQuote q) {
            fields.put("phrase", text(q.phrase()));
        } else if (t instanceof TermAttrs.Learned l) {
            fields.put("features", text(l.features()));
            double p = l.probability();
            fields.put("probability", p == Math.rint(p) && Math.abs(p) < 1e15 ? Long.toString((long) p)
                    : Clip.line(Double.toString(p)));
        }
        fields.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join(" · ", parts);
    }

    private static void optional(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, Clip.line(value));
        }
    }

    private static String text(String s) {
        return s == null ? "" : Clip.line(s);
    }

    /** Items on one line: "a, b". */
    private static String list(List<String> items) {
        return Clip.line(String.join(", ", items.stream().map(NoteDetail::text).toList()));
    }

    static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A span as {start, end}, or null when it lies outside the text or is empty. */
    static int[] span(Attrs.Span s, int textLength) {
        if (s == null || s.start() < 0 || s.end() <= s.start() || s.end() > textLength) {
            return null;
        }
        return new int[]{s.start(), s.end()};
    }

    static String spanText(Attrs.Span s) {
        return s == null || s.text().isBlank() ? null : Clip.line(s.text());
    }
}
