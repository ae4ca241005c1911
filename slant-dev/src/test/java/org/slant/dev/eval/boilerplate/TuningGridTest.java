package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.extract.boilerplate.Tuning;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The nested choice of constants: a fold's pick comes from the sums of its training pages only. */
class TuningGridTest {

    @Test
    void eachFoldPicksThePointBestOnItsTrainingPagesAndTiesGoToTheEarlierPoint() {
        int good = Tuning.GRID.indexOf(Tuning.SHIPPED);
        int other = Tuning.GRID.size() - 1;
        TuningGrid grid = new TuningGrid(2);
        // fold 0's training pages favour the shipped point, fold 1's the last point
        grid.add(0, html(good, 0.9, 0.5), text(0.5), 0);
        grid.add(1, html(other, 0.9, 0.5), text(0.5), 0);
        assertEquals(good, grid.choose(0));
        assertEquals(other, grid.choose(1));
        // nothing to tell the points apart: the first point of the grid
        TuningGrid flat = new TuningGrid(1);
        flat.add(0, html(0, 0.5, 0.5), text(0.5), 0);
        assertEquals(0, flat.choose(0));
    }

    @Test
    void leakedSnippetsCountAgainstAPoint() {
        TuningGrid grid = new TuningGrid(1);
        WcxbEvaluation.PathScore[] html = html(0, 0.9, 0.9);
        html[0] = score(0.9, 1); // the same F1, but one of the page's two must-not snippets leaks
        grid.add(0, html, text(0.5), 2);
        assertEquals(1, grid.choose(0));
    }

    private static WcxbEvaluation.PathScore[] html(int best, double f1Best, double f1Rest) {
        WcxbEvaluation.PathScore[] s = new WcxbEvaluation.PathScore[Tuning.GRID.size()];
        Arrays.fill(s, score(f1Rest, 0));
        s[best] = score(f1Best, 0);
        return s;
    }

    private static WcxbEvaluation.PathScore[] text(double f1) {
        WcxbEvaluation.PathScore[] s = new WcxbEvaluation.PathScore[TuningGrid.ISLANDS];
        Arrays.fill(s, score(f1, 0));
        return s;
    }

    private static WcxbEvaluation.PathScore score(double f1, int leaked) {
        return new WcxbEvaluation.PathScore(new WordScores.Prf(f1, f1, f1), 0, leaked, List.of());
    }
}
