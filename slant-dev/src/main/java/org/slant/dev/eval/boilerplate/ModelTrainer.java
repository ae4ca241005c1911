package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.BlockClassifier;
import org.slant.extract.boilerplate.BlockFeatures;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateRules;
import org.slant.extract.boilerplate.Category;
import org.slant.extract.boilerplate.Classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the block model with Smile's logistic regression (L2-regularised, fitted by L-BFGS, which is
 * deterministic; Smile's random generator is seeded all the same) on the rows the model decides in use: blocks
 * of the labelled pages that no deciding rule labels and that are not the headline. Gold duplicates are left out
 * (the duplicate step decides them, not the model). Target: the block is not content. Features are standardised.
 */
public final class ModelTrainer {

    public static final long SEED = 20240404L;

    /** Training rows with the page's site, for cross-validation by site. */
    public record Rows(List<double[]> x, List<Integer> y, List<String> site) {
    }

    private ModelTrainer() {
    }

    /** The model's rows of the pages (features do not depend on the model, so any model will do here). */
    public static Rows rows(List<LabelledPage> pages, BoilerplateRules rules) {
        BlockClassifier c = new BlockClassifier(rules, BlockModel.neutral());
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (LabelledPage p : pages) {
            add(rows, p, p.site(), c);
        }
        return rows;
    }

    /** Adds one page's rows, under the given group name (its site, or its fold). */
    public static void add(Rows rows, LabelledPage p, String group, BlockClassifier c) {
        add(rows, p, group, c, null);
    }

    /**
     * As {@link #add(Rows, LabelledPage, String, BlockClassifier)}, and counts, per deciding rule, the blocks it
     * labelled boilerplate and how many of those the gold calls content (its mistakes), when {@code ruleErrors}
     * is not null.
     */
    public static void add(Rows rows, LabelledPage p, String group, BlockClassifier c,
                           java.util.Map<String, int[]> ruleErrors) {
        Classification cl = c.classify(p.article().raw(), p.blocks(), p.article().markup(), p.article().meta().title());
        for (int i = 0; i < cl.size(); i++) {
            Category g = p.gold().get(i);
            if (ruleErrors != null && !cl.modelBlocks()[i] && i != cl.titleBlock() && !cl.category(i).isContent()) {
                int[] e = ruleErrors.computeIfAbsent(cl.decisions().get(i).rule(), k -> new int[2]);
                e[0]++;
                if (g.isContent()) {
                    e[1]++;
                }
            }
            if (!cl.modelBlocks()[i] || g == Category.DUPLICATE) {
                continue;
            }
            rows.x().add(cl.features()[i]);
            rows.y().add(g.isContent() ? 0 : 1);
            rows.site().add(group);
        }
    }

    /** Fits a model on the rows, leaving out one site's rows when {@code heldOut} is not null. */
    public static BlockModel fit(Rows rows, String heldOut, double lambda, double threshold) {
        return fitWithout(rows, heldOut == null ? java.util.Set.of() : java.util.Set.of(heldOut), lambda, threshold);
    }

    /** Fits a model on the rows outside the held-out groups (sites or folds). */
    public static BlockModel fitWithout(Rows rows, java.util.Set<String> heldOut, double lambda, double threshold) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < rows.x().size(); i++) {
            if (!heldOut.contains(rows.site().get(i))) {
                int copies = copies(rows.x().get(i));
                for (int c = 0; c < copies; c++) {
                    xs.add(rows.x().get(i));
                    ys.add(rows.y().get(i));
                }
            }
        }
        int d = BlockFeatures.NAMES.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        int[] present = new int[d];
        for (double[] r : xs) {
            for (int j = 0; j < d; j++) {
                if (!Double.isNaN(r[j])) {
                    mean[j] += r[j];
                    present[j]++;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= Math.max(1, present[j]);
        }
        for (double[] r : xs) {
            for (int j = 0; j < d; j++) {
                if (!Double.isNaN(r[j])) {
                    scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j] / Math.max(1, present[j]));
            if (scale[j] < 1e-9) {
                scale[j] = 1;
            }
        }
        // standardised; an absent (NaN) feature is 0, its mean, so that it adds nothing
        double[][] z = new double[xs.size()][d];
        int[] y = new int[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < d; j++) {
                double v = xs.get(i)[j];
                z[i][j] = Double.isNaN(v) ? 0 : (v - mean[j]) / scale[j];
            }
            y[i] = ys.get(i);
        }
        smile.math.MathEx.setSeed(SEED);
        smile.classification.LogisticRegression.Binomial lr =
                smile.classification.LogisticRegression.binomial(z, y, lambda, 1e-6, 2000);
        double[] w = lr.coefficients();
        double[] weights = new double[d];
        System.arraycopy(w, 0, weights, 0, d);
        BlockModel m = new BlockModel(BlockFeatures.NAMES, mean, scale, weights, w[d], threshold);
        // the coefficients are Smile's: check that our scoring reproduces its posterior
        double[] post = new double[2];
        lr.predict(z[0], post);
        if (Math.abs(post[1] - m.probability(xs.get(0))) > 1e-6) {
            throw new IllegalStateException("model export does not reproduce Smile's posterior");
        }
        return m;
    }

    /**
     * The model with the threshold that gives the best word F1 of the kept text on the rows outside
     * {@code heldOut} (the training rows: the held-out ones are never looked at). Each row weighs its words (the
     * first feature is log(1 + words)), as the word scores do; thresholds from 0.2 to 0.8 in steps of 0.025 are
     * tried, and a tie goes to the one nearest 0.5.
     */
    public static BlockModel tuneThreshold(BlockModel m, Rows rows, String heldOut) {
        return tuneThresholdWithout(m, rows, heldOut == null ? java.util.Set.of() : java.util.Set.of(heldOut));
    }

    /** As {@link #tuneThreshold(BlockModel, Rows, String)}, leaving out the rows of several groups. */
    public static BlockModel tuneThresholdWithout(BlockModel m, Rows rows, java.util.Set<String> heldOut) {
        int n = rows.x().size();
        double[] p = new double[n];
        double[] w = new double[n];
        double contentWords = 0;
        for (int i = 0; i < n; i++) {
            if (heldOut.contains(rows.site().get(i))) {
                p[i] = Double.NaN;
                continue;
            }
            p[i] = m.probability(rows.x().get(i));
            w[i] = Math.expm1(rows.x().get(i)[0]);
            if (rows.y().get(i) == 0) {
                contentWords += w[i];
            }
        }
        double best = 0.5;
        double bestF1 = -1;
        for (int k = 0; k <= 24; k++) {
            double t = 0.2 + 0.025 * k;
            double kept = 0;
            double right = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(p[i]) && p[i] < t) {
                    kept += w[i];
                    if (rows.y().get(i) == 0) {
                        right += w[i];
                    }
                }
            }
            double prec = kept == 0 ? 0 : right / kept;
            double rec = contentWords == 0 ? 0 : right / contentWords;
            double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) <= 1e-9 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
                bestF1 = f1;
                best = t;
            }
        }
        best = Math.round(best * 1000) / 1000.0;
        return new BlockModel(m.features(), m.mean(), m.scale(), m.weights(), m.intercept(), best);
    }

    /**
     * How many times a row counts in the fit: the scores are word scores, so a long block matters more than a
     * one-word menu item; Smile's logistic regression takes no row weights, so a row is repeated, 1 + floor of
     * log(1 + words) / 1.5 times (one word: once; ten: twice; fifty: three times; two hundred: four).
     */
    static int copies(double[] row) {
        return 1 + (int) Math.floor(row[0] / 1.5);
    }

    /** Share of a site's rows a model trained without that site gets right, over all sites. */
    public static double crossValidatedAccuracy(Rows rows, List<String> sites, double lambda, double threshold) {
        long right = 0;
        for (String s : sites) {
            BlockModel m = fit(rows, s, lambda, threshold);
            for (int i = 0; i < rows.x().size(); i++) {
                if (rows.site().get(i).equals(s)) {
                    int predicted = m.probability(rows.x().get(i)) >= threshold ? 1 : 0;
                    if (predicted == rows.y().get(i)) {
                        right++;
                    }
                }
            }
        }
        return rows.x().isEmpty() ? 0 : (double) right / rows.x().size();
    }
}
