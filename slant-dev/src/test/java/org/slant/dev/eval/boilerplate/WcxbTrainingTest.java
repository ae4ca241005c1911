package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.BoilerplateRules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training and cross-validating on pages laid out as WCXB lays them out (invented pages, several sites). */
class WcxbTrainingTest {

    private static final String[] TOPICS = {"the river ferry", "the night bus", "the town library", "the harbour crane",
            "the school canteen", "the county fair", "the tram line", "the old bakery"};

    @Test
    void trainsTheSameBytesTwiceAndScoresEveryPageWithAModelThatDidNotSeeItsSite(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("ground-truth"));
        Set<Integer> folds = new HashSet<>();
        for (int i = 0; i < TOPICS.length; i++) {
            String site = "site" + i + ".example";
            folds.add(SiteFolds.fold(site));
            page(dir, String.format("%04d", i + 1), "https://www." + site + "/story", TOPICS[i]);
        }
        assertTrue(folds.size() >= 2, "the invented sites fall in more than one fold");
        BoilerplateRules rules = Slant.lexicons().standard().compile(new BoilerplateKind());
        List<String> ids = WcxbEvaluation.ids(dir, WcxbEvaluation.Split.all, 0);
        WcxbTraining.Result a = WcxbTraining.run(dir, ids, rules, 1.0, 0.5);
        WcxbTraining.Result b = WcxbTraining.run(dir, ids, rules, 1.0, 0.5);
        assertEquals(a.html().write(List.of()), b.html().write(List.of()));
        assertEquals(a.text().write(List.of()), b.text().write(List.of()));
        assertEquals(TOPICS.length, a.scores().size());
        assertEquals(TOPICS.length, a.sites());
        // every row carries its page's fold, so that the fold's model is trained without it
        for (String g : a.htmlRows().site()) {
            assertTrue(g.startsWith("fold"), g);
        }
        assertTrue(WcxbEvaluation.summarise(a.scores(), 0, true).f1() > 0.5, "the article text is mostly kept");
    }

    private static void page(Path dir, String id, String url, String topic) throws IOException {
        String p1 = "Work on " + topic + " started again on Monday after a pause of three months, the council said in a statement.";
        String p2 = "Residents had complained about the noise, but most said they were glad that " + topic + " would be ready by the summer.";
        String html = "<html><head><title>News</title></head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
                + "<li><a href='/s'>Sport</a></li></ul></nav><article><h1>Work resumes on " + topic + "</h1><p>" + p1 + "</p><p>" + p2
                + "</p></article><div class='x'><p><a href='/a'>Ferry timetable changes for the winter months</a></p>"
                + "<p><a href='/b'>Night buses return to the old route next week</a></p><p><a href='/c'>Ten pictures of the spring fair</a></p></div><footer><p>Copyright 2025 Example Media. All rights reserved.</p></footer></body></html>";
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            o.write(html.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth").resolve(id + ".json"), "{\"url\": \"" + url + "\", \"ground_truth\": "
                + "{\"main_content\": \"" + p1 + "\\n\\n" + p2 + "\", \"with\": [\"" + topic + "\"], \"without\": [\"All rights reserved\"]}}");
    }
}
