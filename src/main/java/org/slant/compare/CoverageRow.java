package org.slant.compare;

import java.util.List;
import java.util.Map;

/**
 * One fact across the articles: a row of the coverage table.
 *
 * @param id       stable id, e.g. {@code number:peopl:144}, {@code date:07-26}, {@code quote:...}
 * @param kind     number, date, entity or quote
 * @param label    the form most articles use
 * @param speakers for quotations: who said it, as attribution found (may be empty)
 * @param cells    per column (article id, or outlet for large sets): present, different (another form of
 *                 the same fact) or absent
 */
public record CoverageRow(String id, String kind, String label, List<String> speakers, Map<String, Cell> cells) {

    /**
     * A cell: status, the article's own wording with its offsets (article columns), and the share of the
     * column's articles that carry the fact (1 or 0 for an article; a fraction for an outlet).
     */
    public record Cell(String status, double share, List<TextSpan> forms) {
        public static final String PRESENT = "present";
        public static final String DIFFERENT = "different";
        public static final String ABSENT = "absent";
    }

    public long count(String status) {
        return cells.values().stream().filter(c -> c.status().equals(status)).count();
    }

    /** Articles that carry the fact in any form. */
    public long carriers() {
        return count(Cell.PRESENT) + count(Cell.DIFFERENT);
    }
}
