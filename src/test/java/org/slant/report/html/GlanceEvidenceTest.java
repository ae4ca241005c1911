package org.slant.report.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.compare.Evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glance sentences rank outlets only on counts that can carry it (Evidence), and say so when none can. */
class GlanceEvidenceTest {

    @TempDir
    Path tmp;

    /** Plain sentences of twelve words, none of them loaded, each different (repeated blocks are boilerplate). */
    private static String plain(int i) {
        return "Officials met on day " + (i + 1) + " to discuss budget line " + (i * 7 + 3) + " for next year. ";
    }

    private static String article(int plainSentences, String... loadedSentences) {
        StringBuilder b = new StringBuilder("A report on the budget\n\n");
        for (int i = 0; i < plainSentences; i++) {
            b.append(plain(i));
            if (i % 5 == 4) {
                b.append("\n\n");
            }
        }
        for (String s : loadedSentences) {
            b.append("\n\n").append(s);
        }
        return b.append('\n').toString();
    }

    private Analysis analyse(String... outletAndText) throws Exception {
        StringBuilder manifest = new StringBuilder("{\"articles\": [");
        for (int i = 0; i < outletAndText.length; i += 2) {
            String file = "a" + i + ".txt";
            Files.writeString(tmp.resolve(file), outletAndText[i + 1]);
            manifest.append(i == 0 ? "" : ",").append("{\"id\": \"a").append(i).append("\", \"file\": \"").append(file)
                    .append(outletAndText[i] == null ? "\"}" : "\", \"outlet\": \"" + outletAndText[i] + "\"}");
        }
        Files.writeString(tmp.resolve("manifest.json"), manifest.append("]}").toString());
        return Slant.analyzeAll(List.of(tmp.toString()), RunOptions.defaults());
    }

    private static String loadedSentence(Analysis a) {
        String glance = Jsoup.parse(HtmlReport.render(a, Slant.lexicons().standard())).getElementById("glance").text();
        int i = glance.indexOf("Highest rate of loaded words in its own voice:");
        return glance.substring(i, glance.indexOf("Highest rate of labels", i));
    }

    @Test
    void oneFindingInAShortTextWouldHaveWonAndNowIsTooLittleEvidence() throws Exception {
        // Brief Post: 1 loaded word in about 40 words (the highest rate by far); Long Times: 2 in about 600
        Analysis a = analyse("Brief Post", article(3, "The decision was shameful, the board wrote."),
                "Long Times", article(50, "The plan was outrageous, the column argued.", "It was a farcical vote, the paper said."));
        String s = loadedSentence(a);
        assertTrue(s.contains("too little evidence to rank outlets"), s);
        assertFalse(s.contains("Brief Post ("), "one finding is not a headline: " + s);
        assertTrue(s.contains("the most: Long Times, 2 in "), s);
    }

    @Test
    void anOutletWithEnoughFindingsIsRankedAndTheOthersAreCounted() throws Exception {
        Analysis a = analyse("Brief Post", article(3, "The decision was shameful, the board wrote."),
                "Long Times", article(50, "The plan was outrageous, the column argued.",
                        "It was a farcical vote, the paper said.", "The disgraceful scene went on, the paper said."));
        String s = loadedSentence(a);
        assertTrue(s.contains("Long Times ("), s);
        assertTrue(s.contains("3 in "), "the rate comes with its count: " + s);
        assertTrue(s.contains("95% interval"), s);
        assertTrue(s.contains("(1 outlet with fewer than 3 findings or 300 words not ranked)"), s);
    }

    @Test
    void articlesOfUnknownOutletAreNeverRanked() throws Exception {
        // a2.txt has no outlet in the manifest and its text names none: it is "unknown (.../a2.txt)", its own outlet,
        // and though its rate is the highest, a glance sentence ranks only outlets someone named
        Analysis a = analyse("Long Times", article(50, "The plan was outrageous, the column argued.",
                "It was a farcical vote, the paper said.", "The disgraceful scene went on, the paper said."),
                null, article(50, "The plan was outrageous, the column argued.",
                "It was a farcical vote, the paper said.", "The disgraceful scene went on, the paper said.",
                "The shameful waste went on.", "A scandalous sum, the paper said."));
        assertTrue(a.articles().stream().anyMatch(r -> r.article().meta().outlet().matches("unknown \\(.*a2\\.txt\\)")),
                () -> a.articles().stream().map(r -> r.article().meta().outlet()).toList().toString());
        String s = loadedSentence(a);
        assertTrue(s.contains("Long Times ("), s);
        assertFalse(s.contains("unknown"), s);
    }

    @Test
    void intervalsAreWhereTheyShouldBe() {
        double[] p = Evidence.poisson(7);
        assertEquals(2.81, p[0], 0.05, "exact 95% lower bound for 7 is 2.81");
        assertEquals(14.42, p[1], 0.1, "exact 95% upper bound for 7 is 14.42");
        double[] w = Evidence.wilson(7, 50);
        assertEquals(0.0695, w[0], 0.001);
        assertEquals(0.2624, w[1], 0.001);
        assertFalse(Evidence.rateQualifies(2, 10_000), "never on one or two findings");
        assertFalse(Evidence.rateQualifies(5, 153), "nor on a 153-word excerpt");
        assertTrue(Evidence.rateQualifies(3, 300));
        assertFalse(Evidence.shareQualifies(3, 9));
        assertTrue(Evidence.shareQualifies(3, 10));
    }

    @Test
    void oneSidedQuotingIsAShareOfAllAttributedWordsWithTheUnknownPartStated() {
        Analysis a = Slant.analyzeAll(List.of(org.slant.testing.Project.seeds().toString()), RunOptions.defaults());
        String glance = Jsoup.parse(HtmlReport.render(a, Slant.lexicons().standard())).getElementById("glance").text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Most one-sided quoting: (.+?) gives one side, .+?, "
                + "([\\d.]+)% of attributed words, ([\\d.]+)% unknown \\(([\\d,]+) of ([\\d,]+) words it quotes or reports; "
                + "unknown: speakers Slant could not place\\)").matcher(glance);
        assertTrue(m.find(), glance);
        double all = 0;
        double unknown = 0;
        for (var r : a.articles()) {
            if (r.article().meta().outlet().equals(m.group(1))) {
                for (var e : r.metrics().entrySet()) {
                    if (e.getKey().startsWith("voice.") && e.getKey().endsWith(".words")) {
                        all += e.getValue();
                        unknown += e.getKey().equals("voice.unknown.words") ? e.getValue() : 0;
                    }
                }
            }
        }
        assertEquals(Math.round(all), Long.parseLong(m.group(5).replace(",", "")), "over every attributed word");
        assertEquals(Fmt.pct(unknown / all), m.group(3) + "%", "the unknown part, stated");
    }
}
