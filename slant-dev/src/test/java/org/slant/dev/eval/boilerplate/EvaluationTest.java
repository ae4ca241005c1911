package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.extract.boilerplate.BlockModel;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.Category;
import org.slant.testing.Project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation code on fixtures written for the test (never on shared data). */
class EvaluationTest {

    static final Path FIXTURES = Project.dir().resolve("slant-dev/src/test/resources/boilerplate/labelled");

    @Test
    void wordScoresAreBagOfWordsOnLowerCasedWordTokens() {
        WordScores.Prf p = WordScores.prf("The cat sat. The cat!", "the cat sat on the mat");
        // predicted bag: the 2, cat 2, sat 1 (5); gold: the 2, cat 1, sat 1, on 1, mat 1 (6); overlap 2+1+1 = 4
        assertEquals(4.0 / 5, p.precision(), 1e-12);
        assertEquals(4.0 / 6, p.recall(), 1e-12);
        assertEquals(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), p.f1(), 1e-12);
        assertEquals(1, WordScores.found(WordScores.squash("Read  MORE\nhere"), List.of("read more", "Subscribe")));
        assertEquals(0.0, WordScores.prf("", "gold words").f1());
    }

    @Test
    void aBlocksFileGivesOneLabelPerBlock() {
        LabelledPage p = LabelledPage.read(FIXTURES.resolve("01-tiny-text.blocks"));
        assertEquals("tiny", p.site());
        assertEquals(List.of(Category.NAVIGATION, Category.CONTENT, Category.META, Category.CONTENT, Category.CONTENT,
                Category.SHARE, Category.LEGAL), p.gold());
        assertTrue(p.goldText().startsWith("Bridge reopens after repairs\n\nThe bridge over the river"));
    }

    @Test
    void anHtmlPageTakesTheLabelOfTheNearestLabelledAncestor() {
        LabelledPage p = LabelledPage.read(FIXTURES.resolve("02-tiny-page.html"));
        assertEquals(List.of(Category.NAVIGATION, Category.CONTENT, Category.CONTENT, Category.CONTENT, Category.CAPTION,
                Category.LEGAL), p.gold());
    }

    @Test
    void badLabelsAreRefusedWithTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("01-x-bad.blocks");
        Files.writeString(f, "content | A line\nmenu | Another line\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelledPage.read(f));
        assertTrue(e.getMessage().contains("01-x-bad.blocks:2"), e.getMessage());
        Files.writeString(f, "content | A line that does not end\nshare | and goes on in lower case\n");
        e = assertThrows(IllegalArgumentException.class, () -> LabelledPage.read(f));
        assertTrue(e.getMessage().contains("two labels"), e.getMessage());
    }

    @Test
    void blockScoresCountPerCategoryAndForAnyBoilerplate() {
        BlockScores s = new BlockScores();
        s.add(List.of(Category.CONTENT, Category.CONTENT, Category.PROMO, Category.SHARE),
                List.of(Category.CONTENT, Category.PROMO, Category.PROMO, Category.CONTENT), "a b", "a b c");
        assertEquals(0.5, s.category(Category.PROMO).precision(), 1e-12);
        assertEquals(1.0, s.category(Category.PROMO).recall(), 1e-12);
        assertEquals(0.5, s.category(Category.CONTENT).precision(), 1e-12);
        assertEquals(0.0, s.category(Category.SHARE).recall(), 1e-12);
        assertEquals(0.5, s.accuracy(), 1e-12);
        // boilerplate vs content: gold boiler {2,3}, predicted boiler {1,2}: tp 1, fp 1, fn 1
        assertEquals(0.5, s.boilerplate().precision(), 1e-12);
        assertEquals(2.0 / 3, s.words().recall(), 1e-12);
    }

    @Test
    void theEvaluationRunsTheClassifierOverLabelledPages() {
        List<LabelledPage> pages = LabelledSet.load(FIXTURES);
        assertEquals(2, pages.size());
        var rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        BlockScores s = BoilerplateEvaluation.shipped(pages, rules);
        assertEquals(13, s.blocks());
        assertEquals(1.0, s.category(Category.LEGAL).recall(), "both rights lines are found");
        // the word scores are the mean over pages of each page's kept text against its gold text
        var classifier = new org.slant.extract.boilerplate.BlockClassifier(rules, BlockModel.standard(true),
                BlockModel.standard(false));
        double f1 = 0;
        for (LabelledPage p : pages) {
            var c = classifier.classify(p.article().raw(), p.blocks(), p.article().markup(), p.article().meta().title());
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < c.size(); i++) {
                if (c.category(i).isContent()) {
                    kept.append(c.texts().get(i).text()).append("\n\n");
                }
            }
            f1 += WordScores.prf(kept.toString(), p.goldText()).f1();
        }
        assertEquals(f1 / pages.size(), s.words().f1(), 1e-12);
    }

    @Test
    void theWcxbScorerReadsPagesAndGoldAsTheBenchmarkLaysThemOut(@TempDir Path dir) throws IOException {
        Path html = Files.createDirectories(dir.resolve("html"));
        Path gt = Files.createDirectories(dir.resolve("ground-truth"));
        String page = Files.readString(FIXTURES.resolve("02-tiny-page.html"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(html.resolve("0002.html.gz")))) {
            o.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(gt.resolve("0002.json"), """
                {"ground_truth": {"title": "Library extends opening hours",
                 "main_content": "The town library will open until nine in the evening on weekdays from next month, the council said on Friday.\\n\\nStudents had asked for longer hours during the exam season.",
                 "with": ["longer hours during the exam season"], "without": ["Copyright 2025 Town Press", "Home"]}}
                """);
        Files.writeString(gt.resolve("0003.json"), "{\"ground_truth\": {\"title\": \"no text\"}}");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(html.resolve("0003.html.gz")))) {
            o.write("<p>x</p>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("0002"), WcxbEvaluation.ids(dir, WcxbEvaluation.Split.even, 0));
        assertEquals(List.of("0003"), WcxbEvaluation.ids(dir, WcxbEvaluation.Split.odd, 0));
        WcxbEvaluation eval = new WcxbEvaluation(new BoilerplateExtractor(Slant.lexicons().standard()));
        WcxbEvaluation.PageScore s = eval.score(dir, "0002");
        assertEquals(1.0, s.html().prf().f1(), 1e-12, "the body without headline, caption and footer");
        assertEquals(1, s.html().withFound());
        assertEquals(0, s.html().withoutLeaked());
        assertEquals(null, eval.score(dir, "0003"), "a page without main_content is skipped");
        WcxbEvaluation.Summary sum = WcxbEvaluation.summarise(List.of(s), 1, true);
        assertEquals(1, sum.pages());
        assertEquals(1.0, sum.withShare());
        assertEquals(0.0, sum.leakShare());
    }
}
