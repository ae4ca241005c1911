package org.slant.exercise;

import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.config.Version;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.OutletSource;
import org.slant.testing.Project;

import java.util.ArrayList;
import java.util.List;

/** Analyses for exercise tests: the seeds (analysed once), and small sets of hand-made articles. */
final class Fixtures {

    private static Analysis seeds;

    private Fixtures() {
    }

    static synchronized Analysis seeds() {
        if (seeds == null) {
            seeds = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        }
        return seeds;
    }

    /** An article from text with a given outlet, analysed by the standard pipeline. */
    static ArticleResult analysed(String id, String outlet, String text) {
        Article a = new Article(id, id + ".txt", "txt", new ArticleMeta(outlet, null, OutletSource.INPUT, List.of(),
                null, null, "2024-04-04", null), text, List.of());
        return Slant.pipeline().analyze(a);
    }

    /** The analysed and compared set of {id, outlet, text} triples. */
    static Analysis set(String[]... articles) {
        List<ArticleResult> rs = new ArrayList<>();
        for (String[] a : articles) {
            rs.add(analysed(a[0], a[1], a[2]));
        }
        return compared(rs);
    }

    static Analysis compared(List<ArticleResult> results) {
        return new Analysis(Version.get(), results, null, List.of()).compared();
    }

    static ExerciseSet build(Analysis a, Level level, long seed) {
        return Exercises.build(a, Slant.lexicons().standard(), level, seed, "test");
    }

    /** True when the standard pipeline has the boilerplate stage (merged from its branch). */
}
