package org.slant.exercise;

import org.junit.jupiter.api.Test;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Not the article" from a hand-made page whose boilerplate findings follow the boilerplate extractor's
 * contract (extractor {@code boilerplate}, a category per block, voice none, span = the whole block,
 * {@code attrs.reasons}; metrics {@code contamination.*}), so the kind is tested before that stage is merged.
 */
class NotTheArticleTest {

    /** Each block of the page, and for boilerplate blocks: category, rule, reasons. */
    static final String[][] PAGE = {
            {"Home | World | Politics | Business | Sport", "navigation", "navigation.menu", "pipe-separated menu"},
            {"By Jane Smith, 4 April 2024, 10:32", "meta", "meta.byline", "byline with a date"},
            {"The transport minister announced on Thursday a new rail line between the two largest cities of the "
                    + "region, to be built within six years.", null},
            {"Photo: the minister at the central station (Reuters/John Doe)", "caption", "caption.photo", "photo credit"},
            {"“This line will cut the journey by an hour,” the minister told reporters at the station.", null},
            {"Subscribe now for $1 a month and get unlimited access to all our journalism.", "promo",
                    "promo.subscribe", "subscription pitch", "price"},
            {"Construction starts next spring; the first trains are expected to run in 2030.", null},
            {"Share this article on Facebook, X and by email.", "share", "share.prompt", "share prompt"},
            {"Лучшие онлайн казино 2024 — бонусы без депозита, играйте сейчас!", "spam", "spam.casino",
                    "casino words", "script differs from the article"},
            {"© 2024 Example Daily. All rights reserved.", "legal", "legal.copyright", "copyright line"},
            {"Subscribe now for $1 a month and get unlimited access to all our journalism.", "duplicate",
                    "boilerplate.repeat", "repeats block 6"}};

    static ArticleResult page(String id, String[][] blocks) {
        StringBuilder text = new StringBuilder();
        for (String[] b : blocks) {
            text.append(text.length() == 0 ? "" : "\n\n").append(b[0]);
        }
        String raw = text.toString();
        ArticleResult r = Fixtures.analysed(id, "Example Daily", raw);
        List<Block> split = BlockSplitter.split(raw);
        assertEquals(blocks.length, split.size());
        // the page's labels are this test's, whatever the boilerplate stage (once merged) would decide
        List<Finding> findings = new ArrayList<>(r.findings().stream().filter(f -> !f.extractor().equals("boilerplate")).toList());
        TreeMap<String, Double> metrics = new TreeMap<>(r.metrics());
        metrics.keySet().removeIf(k -> k.startsWith("contamination."));
        double chars = 0;
        int spam = 0;
        for (int i = 0; i < blocks.length; i++) {
            String[] b = blocks[i];
            if (b[1] == null) {
                continue;
            }
            Block block = split.get(i);
            findings.add(Finding.of(raw, "boilerplate", b[1], block.start(), block.end(), Voice.NONE, b[2], 1.0,
                    new Attrs.Boilerplate(i, List.of(b).subList(3, b.length))));
            chars += block.end() - block.start();
            metrics.merge("contamination." + b[1] + ".chars", (double) (block.end() - block.start()), Double::sum);
            spam += b[1].equals("spam") ? 1 : 0;
        }
        metrics.put("contamination.ratio", chars / raw.length());
        metrics.put("contamination.spam.blocks", (double) spam);
        return new ArticleResult(r.article(), r.words(), metrics, findings, r.notes(), r.content());
    }

    static Analysis analysis(String[][] blocks) {
        return Fixtures.compared(List.of(page("page", blocks), Fixtures.analysed("other", "Other Paper",
                "The minister announced a rail line on Thursday. It will link the two largest cities.")));
    }

    @Test
    void theKeyListsEveryBoilerplateBlockWithItsCategoryAndReasons() throws IOException {
        Analysis a = analysis(PAGE);
        for (Level level : Level.values()) {
            ExerciseSet set = Fixtures.build(a, level, 1);
            Exercise e = set.exercises().stream().filter(x -> x.kind().equals("not-article")).findFirst().orElseThrow();
            assertEquals(5, e.number());
            List<Answer> answers = e.key().answers();
            assertEquals(8, answers.size());
            int k = 0;
            for (int i = 0; i < PAGE.length; i++) {
                if (PAGE[i][1] == null) {
                    continue;
                }
                Answer ans = answers.get(k++);
                assertTrue(ans.label().startsWith("Block " + (i + 1) + ":"), ans.label());
                assertTrue(ans.answer().toLowerCase(java.util.Locale.ROOT).startsWith(PAGE[i][1]), ans.answer());
                assertTrue(ans.details().contains("Rule: " + PAGE[i][2]), ans.details().toString());
                assertTrue(ans.details().contains("Reasons: " + String.join("; ", List.of(PAGE[i]).subList(3, PAGE[i].length))));
                assertEquals("boilerplate", ans.evidence().get(0).extractor());
                assertEquals(PAGE[i][0], ans.evidence().get(0).text());
            }
            // the worksheet shows every block, numbered, and says nothing of which is which
            String sheet = new String(Exercises.files(set, a, Exercises.Format.HTML).get("5-not-article.html"),
                    StandardCharsets.UTF_8);
            String text = org.jsoup.Jsoup.parse(sheet).text();
            for (int i = 0; i < PAGE.length; i++) {
                assertTrue(text.contains("[" + (i + 1) + "]"), "block " + (i + 1));
            }
            assertFalse(text.contains("spam.casino") || text.contains("promo.subscribe"), "no rule on the worksheet");
            EvidenceCheck.assertBacked(Exercises.files(set, a, Exercises.Format.MD));
            EvidenceCheck.assertBacked(Exercises.files(set, a, Exercises.Format.HTML));
        }
    }

    @Test
    void aLongPageShowsTheBoilerplateWithItsNeighboursAndSaysWhatIsLeftOut() {
        List<String[]> blocks = new ArrayList<>(List.of(PAGE));
        for (int i = 0; i < 40; i++) {
            blocks.add(6, new String[] {"Paragraph " + i + " of the article tells more of the story, in plain words.", null});
        }
        Analysis a = analysis(blocks.toArray(new String[0][]));
        Exercise e = Fixtures.build(a, Level.INTRO, 1).exercises().stream()
                .filter(x -> x.kind().equals("not-article")).findFirst().orElseThrow();
        List<Part.Para> paras = e.material().get(0).paras();
        assertTrue(paras.stream().anyMatch(p -> p.label().equals("…")), "an elision");
        assertTrue(paras.size() < blocks.size(), "fewer blocks than the page");
        for (Answer ans : e.key().answers()) {
            String number = ans.label().substring("Block ".length(), ans.label().indexOf(':'));
            assertTrue(paras.stream().anyMatch(p -> ("[" + number + "]").equals(p.label())), "block " + number + " shown");
        }
    }
}
