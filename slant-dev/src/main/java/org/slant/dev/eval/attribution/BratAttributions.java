package org.slant.dev.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attributions of a PolNeAR BRAT standoff file ({@code .ann}): text-bound spans ({@code T}
 * lines with roles Source, Cue, Content, ...) linked into attributions by event lines ({@code E}
 * lines: {@code Attribution:T4 Content:T3 Cue:T2 Source:T1}). A span's text may run over several lines
 * of the file; lines that start no new annotation continue the one before and are joined.
 */
public final class BratAttributions {

    private BratAttributions() {
    }

    /** A span, possibly in fragments ({@code 10 20;25 40}); offsets are characters of the text file. */
    public record Span(List<int[]> fragments) {
        public int start() {
            return fragments.get(0)[0];
        }

        public int end() {
            return fragments.get(fragments.size() - 1)[1];
        }
    }

    /** One annotated attribution; {@code source} is null when the annotators found none. */
    public record Gold(Span source, Span cue, List<Span> content) {
    }

    private static final Pattern ANNOTATION = Pattern.compile("^[TERAMN#]\\d*\\t");
    private static final Pattern SPAN = Pattern.compile("(\\d+) (\\d+)");

    public static List<Gold> parse(String ann) {
        List<String> lines = joinContinuations(ann);
        Map<String, Span> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", 3);
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                String def = f[1];
                int space = def.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                List<int[]> frags = new ArrayList<>();
                for (String part : def.substring(space + 1).split(";")) {
                    Matcher m = SPAN.matcher(part.trim());
                    if (m.matches()) {
                        frags.add(new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                    }
                }
                if (!frags.isEmpty()) {
                    spans.put(f[0], new Span(frags));
                }
            } else if (f[0].startsWith("E")) {
                events.add(f[1]);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String e : events) {
            Span source = null;
            Span cue = null;
            List<Span> content = new ArrayList<>();
            for (String arg : e.trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon);
                Span s = spans.get(arg.substring(colon + 1));
                if (s == null) {
                    continue;
                }
                if (role.equals("Source")) {
                    source = s;
                } else if (role.equals("Cue")) {
                    cue = s;
                } else if (role.startsWith("Content")) {
                    content.add(s);
                }
            }
            if (cue != null) {
                out.add(new Gold(source, cue, content));
            }
        }
        return out;
    }

    /** Lines of the file with continuation lines (a span text that ran over a line break) joined. */
    static List<String> joinContinuations(String ann) {
        List<String> out = new ArrayList<>();
        for (String line : ann.split("\r?\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (ANNOTATION.matcher(line).find() || out.isEmpty()) {
                out.add(line);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + line);
            }
        }
        return out;
    }
}
