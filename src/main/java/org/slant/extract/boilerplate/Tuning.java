package org.slant.extract.boilerplate;

import java.util.List;
import java.util.Locale;

/**
 * The constants of two heuristics that were chosen on the WCXB development pages, gathered so that the
 * evaluation can choose them inside its cross-validation (each fold's from {@link #GRID} on the other folds' sites
 * only) and so report figures that no choice saw: the fragment climb of {@link MarkupTree} and the content islands
 * of {@link ContentIslands}.
 *
 * @param fragment       a main container holding less than 1/fragment of the prose of an ancestor within six levels
 *                       is a fragment of what the ancestor holds: the container climbs to it (HTML only)
 * @param islandGap      blocks with words between two content blocks that split them into two islands
 * @param islandShare    an island under this share of the largest island's words, and ...
 * @param islandMaxWords ... of at most this many words, is dropped where only the model kept it
 */
public record Tuning(double fragment, int islandGap, double islandShare, int islandMaxWords) {

    /**
     * What the shipped classifier uses: the grid point {@code slant eval wcxb} picks with every fold's held-out
     * scores (it prints this and each fold's pick). The previous, hand-picked constants were 2.5 and 8 / 0.25 / 100.
     */
    public static final Tuning SHIPPED = new Tuning(3.0, 6, 0.15, 150);

    /** The fragment factors tried. */
    public static final List<Double> FRAGMENTS = List.of(2.0, 2.5, 3.0, 4.0);
    /** The island gaps, shares and sizes tried (every combination). */
    public static final List<Integer> GAPS = List.of(6, 8, 12);
    public static final List<Double> SHARES = List.of(0.15, 0.25, 0.4);
    public static final List<Integer> MAX_WORDS = List.of(60, 100, 150);

    /** Every combination of the values above, fragment first: 4 x 3 x 3 x 3 = 108 points. */
    public static final List<Tuning> GRID = grid();

    private static List<Tuning> grid() {
        List<Tuning> out = new java.util.ArrayList<>();
        for (double f : FRAGMENTS) {
            for (int g : GAPS) {
                for (double s : SHARES) {
                    for (int m : MAX_WORDS) {
                        out.add(new Tuning(f, g, s, m));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The same islands with another fragment factor. */
    public Tuning withFragment(double f) {
        return new Tuning(f, islandGap, islandShare, islandMaxWords);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "fragment %.1f, islands %d/%.2f/%d", fragment, islandGap, islandShare,
                islandMaxWords);
    }
}
