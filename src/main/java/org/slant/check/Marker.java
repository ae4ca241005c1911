package org.slant.check;

import java.util.List;

/**
 * An inline suppression marker, read from an HTML comment in a Markdown or HTML article:
 * <pre>
 *   &lt;!-- slant-disable terminology.loaded loaded.bizarre -- quoting the minister --&gt;  ... &lt;!-- slant-enable --&gt;
 *   &lt;!-- slant-disable-next-line terminology.label -- the court's own wording --&gt;
 *   a paragraph line &lt;!-- slant-disable-line hedge.reportedly --&gt;
 * </pre>
 * Names are rule ids, finding kinds, extractor ids or metrics; none means everything.
 *
 * @param names      what it names (empty: everything)
 * @param reason     the text after {@code --}, or "" when none was given
 * @param start      source offset of the comment
 * @param line       source line where the comment starts (1-based)
 * @param endLine    source line where it ends
 * @param column     source column where it starts (1-based)
 */
public record Marker(Type type, List<String> names, String reason, int start, int line, int endLine, int column) {

    public enum Type {
        DISABLE("slant-disable"), ENABLE("slant-enable"), DISABLE_LINE("slant-disable-line"),
        DISABLE_NEXT_LINE("slant-disable-next-line");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Type of(String word) {
            for (Type t : values()) {
                if (t.word.equals(word)) {
                    return t;
                }
            }
            return null;
        }
    }

    public Marker {
        names = List.copyOf(names);
    }

    public boolean namesAll() {
        return names.isEmpty();
    }
}
