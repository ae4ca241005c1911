package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.BlockClassifier;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.boilerplate.BoilerplateRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The block models learnt from the WCXB article pages, and measured by site-disjoint cross-validation
 * ({@link SiteFolds}): every page's blocks, through the HTML path and through the plain-text path, labelled from
 * its gold text ({@link GoldBlocks}), are the rows; for each fold, an HTML and a text model trained on the other
 * folds' rows extract that fold's pages, which are scored as WCXB scores them ({@link WcxbEvaluation}). The
 * shipped models are trained on every fold.
 */
public final class WcxbTraining {

    /** The cross-validated scores of every page, and the models trained on all of them. */
    public record Result(List<WcxbEvaluation.PageScore> scores, int skipped, int pages, int sites,
                         ModelTrainer.Rows htmlRows, ModelTrainer.Rows textRows, BlockModel html, BlockModel text,
                         java.util.Map<String, int[]> htmlRuleErrors, java.util.Map<String, int[]> textRuleErrors) {
    }

    private record Prepared(WcxbPage page, org.slant.model.Article html, org.slant.model.Article text) {
    }

    private WcxbTraining() {
    }

    public static Result run(Path dir, List<String> ids, BoilerplateRules rules, double lambda, double threshold) {
        BlockClassifier neutral = new BlockClassifier(rules, BlockModel.neutral());
        ModelTrainer.Rows htmlRows = new ModelTrainer.Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        ModelTrainer.Rows textRows = new ModelTrainer.Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // the pages as the two paths read them, made once: parsing is most of the cost
        List<Prepared> scored = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        int skipped = 0;
        java.util.Map<String, int[]> htmlErrors = new java.util.TreeMap<>();
        java.util.Map<String, int[]> textErrors = new java.util.TreeMap<>();
        for (String id : ids) {
            WcxbPage p = WcxbPage.load(dir, id);
            if (!p.hasGold()) {
                skipped++;
                continue;
            }
            String group = group(p.fold());
            LabelledPage h = p.htmlPage();
            LabelledPage t = p.textPage();
            ModelTrainer.add(htmlRows, h, group, neutral, htmlErrors);
            ModelTrainer.add(textRows, t, group, neutral, textErrors);
            scored.add(new Prepared(p.withoutHtml(), h.article(), t.article()));
            if (!sites.contains(p.site())) {
                sites.add(p.site());
            }
        }
        List<WcxbEvaluation> byFold = new ArrayList<>();
        for (int k = 0; k < SiteFolds.FOLDS; k++) {
            BlockModel h = model(htmlRows, group(k), lambda, threshold);
            BlockModel t = model(textRows, group(k), lambda, threshold);
            byFold.add(new WcxbEvaluation(new BoilerplateExtractor(new BlockClassifier(rules, h, t))));
        }
        List<WcxbEvaluation.PageScore> scores = new ArrayList<>();
        for (Prepared p : scored) {
            scores.add(byFold.get(p.page().fold()).score(p.page(), p.html(), p.text()));
        }
        return new Result(scores, skipped, scored.size(), sites.size(), htmlRows, textRows,
                model(htmlRows, null, lambda, threshold), model(textRows, null, lambda, threshold), htmlErrors, textErrors);
    }

    /** A model fitted on the rows outside the held-out fold (null: all), its threshold tuned on the same rows. */
    static BlockModel model(ModelTrainer.Rows rows, String heldOut, double lambda, double threshold) {
        BlockModel m = ModelTrainer.fit(rows, heldOut, lambda, threshold);
        return ModelTrainer.tuneThreshold(m, rows, heldOut);
    }

    static String group(int fold) {
        return "fold" + fold;
    }
}
