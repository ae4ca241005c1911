package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.Tuning;

import java.util.List;

/**
 * Scores of every point of {@link Tuning#GRID} and the choice of one, for nested cross-validation: for each outer
 * fold k, the sums over the training pages (pages of the other folds, extracted by the models trained without fold
 * k) pick k's constants, and the held-out scores of k's pages (extracted by models trained without
 * fold k) under that pick are what is reported. No page's score takes part in choosing the constants it is
 * scored with.
 *
 * <p>The choice maximises, over the training pages, word F1 averaged over pages minus the share of must-not
 * snippets leaked, summed over the two paths (the fragment factor changes the HTML path only, the islands both);
 * a tie goes to the earlier grid point.
 */
final class TuningGrid {

    static final List<Tuning> GRID = Tuning.GRID;
    /** The island constants of the grid, in grid order (the text path's grid: no fragment factor there). */
    static final int ISLANDS = Tuning.GAPS.size() * Tuning.SHARES.size() * Tuning.MAX_WORDS.size();

    private final int folds;
    /** [fold][grid point]: F1 sum and leaked snippets over the fold's training pages, HTML path */
    private final double[][] htmlF1;
    private final long[][] htmlLeaked;
    /** [fold][island point]: the same for the text path */
    private final double[][] textF1;
    private final long[][] textLeaked;
    private final long[] pages;
    private final long[] snippets;

    TuningGrid(int folds) {
        this.folds = folds;
        htmlF1 = new double[folds][GRID.size()];
        htmlLeaked = new long[folds][GRID.size()];
        textF1 = new double[folds][ISLANDS];
        textLeaked = new long[folds][ISLANDS];
        pages = new long[folds];
        snippets = new long[folds];
    }

    /** The island point (text path) of a grid point. */
    static int islands(int point) {
        return point % ISLANDS;
    }

    /**
     * Adds one training page of fold {@code k}'s choice: its HTML scores for every grid point, its text scores for
     * every island point.
     */
    void add(int k, WcxbEvaluation.PathScore[] html, WcxbEvaluation.PathScore[] text, int without) {
        pages[k]++;
        snippets[k] += without;
        for (int g = 0; g < GRID.size(); g++) {
            htmlF1[k][g] += html[g].prf().f1();
            htmlLeaked[k][g] += html[g].withoutLeaked();
        }
        for (int g = 0; g < ISLANDS; g++) {
            textF1[k][g] += text[g].prf().f1();
            textLeaked[k][g] += text[g].withoutLeaked();
        }
    }

    /** The grid point chosen for fold k (or, with every fold summed, k = -1). */
    int choose(int k) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < GRID.size(); g++) {
            double s = objective(k, g);
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = g;
            }
        }
        return best;
    }

    private double objective(int k, int g) {
        double f1h = 0;
        double f1t = 0;
        long lh = 0;
        long lt = 0;
        long n = 0;
        long w = 0;
        for (int f = 0; f < folds; f++) {
            if (k >= 0 && f != k) {
                continue;
            }
            f1h += htmlF1[f][g];
            f1t += textF1[f][islands(g)];
            lh += htmlLeaked[f][g];
            lt += textLeaked[f][islands(g)];
            n += pages[f];
            w += snippets[f];
        }
        if (n == 0) {
            return 0;
        }
        double leak = w == 0 ? 0 : (double) (lh + lt) / w;
        return (f1h + f1t) / n - leak;
    }
}
