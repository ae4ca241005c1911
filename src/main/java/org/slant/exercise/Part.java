package org.slant.exercise;

import java.util.List;

/**
 * A piece of an exercise's material (or of its key): a heading, a note, and paragraphs of text or a
 * table (either may be empty). All text in it is plain text; the renderers escape it.
 */
public record Part(String heading, String note, List<Para> paras, Table table) {

    public Part {
        paras = paras == null ? List.of() : List.copyOf(paras);
    }

    public static Part text(String heading, String note, List<Para> paras) {
        return new Part(heading, note, paras, null);
    }

    public static Part table(String heading, String note, Table table) {
        return new Part(heading, note, List.of(), table);
    }

    /** A paragraph: an optional label ("Block 4", "A") and its runs of text. */
    public record Para(String label, List<Run> runs) {
        public Para {
            runs = List.copyOf(runs);
        }

        public static Para plain(String label, String text) {
            return new Para(label, List.of(Run.plain(text)));
        }
    }

    /**
     * A run of text. {@code strong} runs are set in bold (never colour alone); a {@code marker} ("[2]") is
     * printed in bold before the run, to number what the tasks ask about.
     */
    public record Run(String text, boolean strong, String marker) {
        public static Run plain(String text) {
            return new Run(text, false, null);
        }

        public static Run strong(String text) {
            return new Run(text, true, null);
        }
    }

    /** A table; a blank cell is space for the student's answer. */
    public record Table(List<String> headers, List<List<Cell>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A cell: its text; {@code head} for a row heading; {@code blank} for an answer box. */
    public record Cell(String text, boolean head, boolean blank) {
        public static Cell of(String text) {
            return new Cell(text, false, false);
        }

        public static Cell head(String text) {
            return new Cell(text, true, false);
        }

        public static Cell space() {
            return new Cell("", false, true);
        }
    }
}
