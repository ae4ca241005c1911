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
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<String> site = new ArrayList<>();
        for (LabelledPage p : pages) {
            Classification cl = c.classify(p.article().raw(), p.blocks(), p.article().markup(), p.article().meta().title());
            for (int i = 0; i < cl.size(); i++) {
                Category g = p.gold().get(i);
                if (!cl.modelBlocks()[i] || g == Category.DUPLICATE) {
                    continue;
                }
                x.add(cl.features()[i]);
                y.add(g.isContent() ? 0 : 1);
                site.add(p.site());
            }
        }
        return new Rows(x, y, site);
    }

    /** Fits a model on the rows, leaving out one site's rows when {@code heldOut} is not null. */
    public static BlockModel fit(Rows rows, String heldOut, double lambda, double threshold) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < rows.x().size(); i++) {
            if (!rows.site().get(i).equals(heldOut)) {
                xs.add(rows.x().get(i));
                ys.add(rows.y().get(i));
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
