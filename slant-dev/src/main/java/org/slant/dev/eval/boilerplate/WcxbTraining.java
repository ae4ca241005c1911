package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.BlockClassifier;
import org.slant.extract.boilerplate.BlockEvidence;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateRules;
import org.slant.extract.boilerplate.CleanText;
import org.slant.extract.boilerplate.Tuning;
import org.slant.model.Article;
import org.slant.text.Block;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The block models learnt from the WCXB article pages, and measured by site-disjoint cross-validation
 * ({@link SiteFolds}): every page's blocks, through the HTML path and through the plain-text path, labelled from
 * its gold text ({@link GoldBlocks}), are the rows; for each fold, an HTML and a text model trained on the other
 * folds' rows extract that fold's pages, which are scored as WCXB scores them ({@link WcxbEvaluation}).
 *
 * <p>The constants of the fragment climb and the content islands ({@link Tuning}) are chosen inside the
 * cross-validation (nested): for each fold k, each point of {@link Tuning#GRID} is scored on the other folds'
 * pages, extracted by the models trained without fold k, and the best point on those pages ({@link TuningGrid}) is
 * the one fold k's pages are extracted with: fold k's pages neither train its models nor choose its constants. The shipped models are trained on every fold;
 * the shipped constants are the point the same choice makes with every fold's held-out scores.
 */
public final class WcxbTraining {

    /**
     * The held-out scores of every page (nested: constants chosen without its fold), the models trained on all
     * of them, the constants each fold chose and the choice on all folds, and for comparison the plain
     * cross-validated scores with the shipped constants.
     */
    public record Result(List<WcxbEvaluation.PageScore> scores, int skipped, int pages, int sites,
                         ModelTrainer.Rows htmlRows, ModelTrainer.Rows textRows, BlockModel html, BlockModel text,
                         Map<String, int[]> htmlRuleErrors, Map<String, int[]> textRuleErrors,
                         List<Tuning> chosen, Tuning chosenOnAll, List<WcxbEvaluation.PageScore> shippedScores) {
    }

    private record Page(WcxbPage page, Article html, Article text, List<Block> htmlBlocks, List<Block> textBlocks,
                        Map<String, Integer> gold, long goldWords) {
    }

    private WcxbTraining() {
    }

    public static Result run(Path dir, List<String> ids, BoilerplateRules rules, double lambda, double threshold) {
        int folds = SiteFolds.FOLDS;
        List<Double> fragments = Tuning.FRAGMENTS;
        BlockClassifier neutral = new BlockClassifier(rules, BlockModel.neutral());
        ModelTrainer.Rows textRows = rows();
        List<ModelTrainer.Rows> htmlRows = new ArrayList<>();
        fragments.forEach(f -> htmlRows.add(rows()));
        // the pages as the two paths read them, made once: parsing is most of the cost
        List<Page> pages = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        int skipped = 0;
        Map<String, int[]> htmlErrors = new java.util.TreeMap<>();
        Map<String, int[]> textErrors = new java.util.TreeMap<>();
        int shippedFragment = fragments.indexOf(Tuning.SHIPPED.fragment());
        for (String id : ids) {
            WcxbPage p = WcxbPage.load(dir, id);
            if (!p.hasGold()) {
                skipped++;
                continue;
            }
            String group = group(p.fold());
            LabelledPage h = p.htmlPage();
            LabelledPage t = p.textPage();
            for (int fi = 0; fi < fragments.size(); fi++) {
                BlockClassifier c = new BlockClassifier(rules, BlockModel.neutral(), BlockModel.neutral(),
                        Tuning.SHIPPED.withFragment(fragments.get(fi)));
                ModelTrainer.add(htmlRows.get(fi), h, group, c, fi == shippedFragment ? htmlErrors : null);
            }
            ModelTrainer.add(textRows, t, group, neutral, textErrors);
            Map<String, Integer> gold = WordScores.bag(p.gold());
            pages.add(new Page(p.withoutHtml(), h.article(), t.article(), h.blocks(), t.blocks(), gold,
                    WordScores.size(gold)));
            if (!sites.contains(p.site())) {
                sites.add(p.site());
            }
        }
        // models[fold k][fold j]: what fold j's pages are extracted with for fold k (see models)
        BlockModel[][] textModels = models(textRows, folds, lambda, threshold);
        List<Tuning> islands = Tuning.GRID.subList(0, TuningGrid.ISLANDS);
        TuningGrid inner = new TuningGrid(folds);
        TuningGrid outer = new TuningGrid(1);
        int n = pages.size();
        // [page][grid point] held out (models without the page's fold); [page][k][point] for fold k's choice
        WcxbEvaluation.PathScore[][] heldHtml = new WcxbEvaluation.PathScore[n][Tuning.GRID.size()];
        WcxbEvaluation.PathScore[][][] innerHtml = new WcxbEvaluation.PathScore[n][folds][Tuning.GRID.size()];
        WcxbEvaluation.PathScore[][][] text = new WcxbEvaluation.PathScore[n][folds][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Page p = pages.get(i);
            BlockEvidence ev = neutral.evidence(p.text().raw(), p.textBlocks(), p.text().markup(), p.text().meta().title());
            for (int k = 0; k < folds; k++) {
                BlockModel m = textModels[k][p.page().fold()];
                text[i][k] = scores(new BlockClassifier(rules, m, m), ev, p, p.text(), p.textBlocks(), islands);
            }
        });
        BlockModel[][] shippedHtml = null;
        for (int fi = 0; fi < fragments.size(); fi++) {
            BlockModel[][] htmlModels = models(htmlRows.get(fi), folds, lambda, threshold);
            if (fi == shippedFragment) {
                shippedHtml = htmlModels;
            }
            Tuning base = Tuning.SHIPPED.withFragment(fragments.get(fi));
            int from = fi * islands.size();
            IntStream.range(0, n).parallel().forEach(i -> {
                Page p = pages.get(i);
                BlockClassifier c0 = new BlockClassifier(rules, BlockModel.neutral(), BlockModel.neutral(), base);
                BlockEvidence ev = c0.evidence(p.html().raw(), p.htmlBlocks(), p.html().markup(), p.html().meta().title());
                for (int k = 0; k < folds; k++) {
                    BlockModel m = htmlModels[k][p.page().fold()];
                    WcxbEvaluation.PathScore[] s = scores(new BlockClassifier(rules, m, m, base), ev, p, p.html(),
                            p.htmlBlocks(), islands);
                    System.arraycopy(s, 0, k == p.page().fold() ? heldHtml[i] : innerHtml[i][k], from, s.length);
                }
            });
        }
        for (int i = 0; i < n; i++) {
            Page p = pages.get(i);
            int fold = p.page().fold();
            int without = p.page().without().size();
            for (int k = 0; k < folds; k++) {
                if (k != fold) {
                    inner.add(k, innerHtml[i][k], text[i][k], without);
                }
            }
            outer.add(0, heldHtml[i], text[i][fold], without);
        }
        List<Tuning> chosen = new ArrayList<>();
        int[] pick = new int[folds];
        for (int k = 0; k < folds; k++) {
            pick[k] = inner.choose(k);
            chosen.add(Tuning.GRID.get(pick[k]));
        }
        int shippedPoint = Tuning.GRID.indexOf(Tuning.SHIPPED);
        List<WcxbEvaluation.PageScore> scores = new ArrayList<>();
        List<WcxbEvaluation.PageScore> shipped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Page p = pages.get(i);
            int fold = p.page().fold();
            scores.add(pageScore(p, heldHtml[i][pick[fold]], text[i][fold][TuningGrid.islands(pick[fold])]));
            shipped.add(pageScore(p, heldHtml[i][shippedPoint], text[i][fold][TuningGrid.islands(shippedPoint)]));
        }
        return new Result(scores, skipped, n, sites.size(), htmlRows.get(shippedFragment), textRows,
                model(htmlRows.get(shippedFragment), Set.of(), lambda, threshold), model(textRows, Set.of(), lambda, threshold),
                htmlErrors, textErrors, chosen, Tuning.GRID.get(outer.choose(0)), shipped);
    }

    private static ModelTrainer.Rows rows() {
        return new ModelTrainer.Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private static WcxbEvaluation.PageScore pageScore(Page p, WcxbEvaluation.PathScore html, WcxbEvaluation.PathScore text) {
        return new WcxbEvaluation.PageScore(p.page().id(), p.page().with().size(), p.page().without().size(), html, text);
    }

    /** The page's scores under every island point, classified once by this classifier (equal texts scored once). */
    private static WcxbEvaluation.PathScore[] scores(BlockClassifier c, BlockEvidence ev, Page p, Article a,
                                                     List<Block> blocks, List<Tuning> islands) {
        BlockClassifier.Prepared prepared = c.prepare(ev);
        Map<String, WcxbEvaluation.PathScore> seen = new HashMap<>();
        WcxbEvaluation.PathScore[] out = new WcxbEvaluation.PathScore[islands.size()];
        for (int g = 0; g < islands.size(); g++) {
            String body = CleanText.of(a, blocks, c.finish(prepared, islands.get(g))).body();
            out[g] = seen.computeIfAbsent(body, b -> WcxbEvaluation.path(b, p.gold(), p.goldWords(), p.page().with(),
                    p.page().without()));
        }
        return out;
    }

    /**
     * [k][j]: the model page of fold j is extracted with for fold k's purposes: the one trained without fold k,
     * whatever j. For j == k it extracts k's held-out pages; for j != k it scores fold k's training pages for the
     * choice of k's constants, in sample. Models trained without both folds would take 10 more fits per fragment
     * factor, and fits are the costly part (on 300 pages, under load, 15 fits took about 25 s against 18 s for
     * extracting and scoring every page under one factor); either way fold k is neither trained on nor looked at.
     */
    private static BlockModel[][] models(ModelTrainer.Rows rows, int folds, double lambda, double threshold) {
        BlockModel[][] out = new BlockModel[folds][folds];
        for (int k = 0; k < folds; k++) {
            BlockModel m = model(rows, Set.of(group(k)), lambda, threshold);
            java.util.Arrays.fill(out[k], m);
        }
        return out;
    }

    /** A model fitted on the rows outside the held-out folds, its threshold tuned on the same rows. */
    static BlockModel model(ModelTrainer.Rows rows, Set<String> heldOut, double lambda, double threshold) {
        if (rows.site().stream().allMatch(heldOut::contains)) {
            return BlockModel.neutral(); // no training rows (a small corpus whose pages lie in two folds)
        }
        BlockModel m = ModelTrainer.fitWithout(rows, heldOut, lambda, threshold);
        return ModelTrainer.tuneThresholdWithout(m, rows, heldOut);
    }

    static String group(int fold) {
        return "fold" + fold;
    }
}
