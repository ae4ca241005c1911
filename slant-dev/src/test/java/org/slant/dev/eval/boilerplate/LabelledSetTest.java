package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.boilerplate.BlockFeatures;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;
import org.slant.extract.boilerplate.Category;
import org.slant.testing.Project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's labelled pages and the model trained on them. */
class LabelledSetTest {

    private static final List<LabelledPage> PAGES = LabelledSet.load(Project.dir().resolve(LabelledSet.DEFAULT_DIR));

    @Test
    void theSetHasAtLeastFortyPagesOfTwelveSitesWithEveryLabel() {
        assertTrue(PAGES.size() >= 40, "pages: " + PAGES.size());
        assertEquals(12, LabelledSet.sites(PAGES).size());
        Set<Category> seen = EnumSet.noneOf(Category.class);
        PAGES.forEach(p -> seen.addAll(p.gold()));
        assertEquals(EnumSet.allOf(Category.class), seen);
        assertTrue(PAGES.stream().anyMatch(p -> !p.article().markup().isEmpty()), "HTML pages");
        assertTrue(PAGES.stream().anyMatch(p -> p.article().markup().isEmpty()), "text pages");
    }

    @Test
    void theShippedModelReadsTheCurrentFeatures() {
        assertEquals(BlockFeatures.NAMES, BlockModel.standard(true).features());
        assertEquals(BlockFeatures.NAMES, BlockModel.standard(false).features());
    }

    @Test
    void trainingIsDeterministic() {
        BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        List<LabelledPage> some = PAGES.stream().filter(p -> p.site().equals("courier") || p.site().equals("civic")).toList();
        ModelTrainer.Rows rows = ModelTrainer.rows(some, rules);
        BlockModel a = ModelTrainer.fit(rows, null, 1.0, 0.5);
        BlockModel b = ModelTrainer.fit(rows, null, 1.0, 0.5);
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(a.intercept(), b.intercept());
        assertTrue(Arrays.stream(a.weights()).anyMatch(w -> w != 0));
    }
}
