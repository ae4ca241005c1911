package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.BlockClassifier;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateRules;
import org.slant.extract.boilerplate.Category;
import org.slant.extract.boilerplate.Classification;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs a classifier over labelled pages and counts: the shipped model, or one model per held-out site. */
public final class BoilerplateEvaluation {

    private BoilerplateEvaluation() {
    }

    /** Scores the pages, each with the classifier the function gives for it. */
    public static BlockScores score(List<LabelledPage> pages, Function<LabelledPage, BlockClassifier> classifierFor) {
        BlockScores s = new BlockScores();
        for (LabelledPage p : pages) {
            Classification c = classifierFor.apply(p).classify(p.article().raw(), p.blocks(), p.article().markup(),
                    p.article().meta().title());
            List<Category> predicted = new ArrayList<>();
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < c.size(); i++) {
                predicted.add(c.category(i));
                if (c.category(i).isContent()) {
                    Block b = p.blocks().get(i);
                    if (kept.length() > 0) {
                        kept.append("\n\n");
                    }
                    kept.append(p.article().raw(), b.start(), b.end());
                }
            }
            s.add(p.gold(), predicted, kept.toString(), p.goldText());
        }
        return s;
    }

    /** The shipped classifier (its HTML and its text model) on every page. */
    public static BlockScores shipped(List<LabelledPage> pages, BoilerplateRules rules) {
        BlockClassifier c = new BlockClassifier(rules, BlockModel.standard(true), BlockModel.standard(false));
        return score(pages, p -> c);
    }

    /** Leave-one-site-out: each site's pages are classified with a model trained on the other sites. */
    public static BlockScores crossValidated(List<LabelledPage> pages, BoilerplateRules rules, double lambda,
                                             double threshold) {
        ModelTrainer.Rows rows = ModelTrainer.rows(pages, rules);
        java.util.Map<String, BlockClassifier> bySite = new java.util.HashMap<>();
        for (String site : LabelledSet.sites(pages)) {
            bySite.put(site, new BlockClassifier(rules, ModelTrainer.fit(rows, site, lambda, threshold)));
        }
        return score(pages, p -> bySite.get(p.site()));
    }
}
