package org.slant.extract.attribution;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's mirror test: an article with its sides swapped (Russia and Ukraine with their names, capitals,
 * institutions and leaders; US Republicans and Democrats with their party, party labels and members) gives
 * the mirrored voice shares and the same anonymous, distancing and other shares, to the last word. Run on
 * the seed articles and on invented articles in {@code src/test/resources/mirror/} (one of them on US
 * parties). Every swap is one word for one word, so word counts cannot differ for any other reason.
 */
class MirrorTest {

    /** Words swapped both ways; "Kiev" becomes "Moscow" one way (its mirror is "Kyiv"'s). */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();
    private static final Map<String, String> ACTORS = Map.of("russia", "ukraine", "ukraine", "russia",
            "us-republicans", "us-democrats", "us-democrats", "us-republicans");

    static {
        String[][] pairs = {{"Russia", "Ukraine"}, {"Russian", "Ukrainian"}, {"Russians", "Ukrainians"},
                {"Moscow", "Kyiv"}, {"Kremlin", "Bankova"}, {"Duma", "Rada"}, {"Putin", "Zelensky"},
                {"Vladimir", "Volodymyr"}, {"Lavrov", "Kuleba"}, {"Peskov", "Nikiforov"}, {"Sergei", "Dmytro"},
                {"Dmitry", "Serhiy"}, {"FSB", "SBU"}, {"Mishustin", "Shmyhal"}, {"Mikhail", "Denys"},
                {"Republican", "Democratic"}, {"Republicans", "Democrats"}, {"Graham", "Schumer"},
                {"Lindsey", "Chuck"}, {"Donald", "Barack"}, {"Trump", "Obama"}};
        for (String[] p : pairs) {
            WORDS.put(p[0], p[1]);
            WORDS.put(p[1], p[0]);
        }
        WORDS.put("Kiev", "Moscow");
    }

    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", WORDS.keySet()) + ")\\b"
            + "|\\b([RD])-(?=[A-Z])");

    static String swap(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String r = m.group(1) != null ? WORDS.get(m.group(1)) : (m.group(2).equals("R") ? "D" : "R") + "-";
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The attribution metrics: voice words per side, every share, the count. */
    static Map<String, Double> metrics(String text) {
        Map<String, Double> out = new TreeMap<>();
        Analyse.text(text).metrics().forEach((k, v) -> {
            if (k.startsWith("voice.") || k.startsWith("attribution.") || k.equals("quote.share")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The metrics with each side's name swapped for its mirror. */
    static Map<String, Double> mirrored(Map<String, Double> m) {
        Map<String, Double> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("voice.") && k.endsWith(".words")) {
                String actor = k.substring(6, k.length() - 6);
                out.put("voice." + ACTORS.getOrDefault(actor, actor) + ".words", v);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    static List<Path> articles() throws IOException {
        return Project.mirrorArticles();
    }

    @TestFactory
    Stream<DynamicTest> swappedSidesGiveMirroredShares() throws IOException {
        List<Path> all = articles();
        assertTrue(all.size() >= 8, "the seeds and three invented articles: " + all);
        return all.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String swapped = swap(text);
            assertNotEquals(text, swapped, "the swap changes the article");
            assertEquals(mirrored(metrics(text)), metrics(swapped));
        }));
    }

    @Test
    void theInventedArticlesGiveTheSidesUnequalShares() throws IOException {
        // a mirror of an article in which both sides are equal (or absent) would prove nothing
        Map<String, Double> war = metrics(Files.readString(Project.dir().resolve("src/test/resources/mirror/border-talks.txt")));
        assertTrue(war.getOrDefault("voice.russia.words", 0.0) > 0 && war.getOrDefault("voice.ukraine.words", 0.0) > 0, war.toString());
        assertNotEquals(war.get("voice.russia.words"), war.get("voice.ukraine.words"), war.toString());
        Map<String, Double> us = metrics(Files.readString(Project.dir().resolve("src/test/resources/mirror/senate-aid.txt")));
        assertTrue(us.getOrDefault("voice.us-republicans.words", 0.0) > 0 && us.getOrDefault("voice.us-democrats.words", 0.0) > 0, us.toString());
        assertNotEquals(us.get("voice.us-republicans.words"), us.get("voice.us-democrats.words"), us.toString());
        assertTrue(war.get("attribution.anonymous_share") > 0 && war.get("attribution.distancing_share") > 0, war.toString());
    }

    @Test
    void theSwapIsWordForWord() {
        assertEquals("Kyiv said Ukraine's Bankova and Sen. Ann Roe (D-Ohio) met Republicans.",
                swap("Moscow said Russia's Kremlin and Sen. Ann Roe (R-Ohio) met Democrats."));
    }
}
