package org.slant.extract.terminology;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's mirror test on whole articles: the seeds and the invented articles of
 * {@code src/test/resources/mirror/}, with Russia and Ukraine (their names, capitals, institutions and
 * leaders) and the US parties (their names and leaders) swapped word for word, inside hyphenated
 * compounds too ("Trump-backed"), as the attribution mirror test swaps them. The terminology findings
 * must be the same, to the last finding: category, weight, voice, rule and, for the learned model's, the
 * probability; with the lexicons alone and with the shipped loaded-language model. Contested names are
 * left out: they record a naming convention ("Kiev"), not a side.
 */
class ArticleMirrorTest {

    /** Swapped both ways. People from the seed articles are left out (tests must not name them). */
    static final String[][] PAIRS = {{"Russia", "Ukraine"}, {"Russian", "Ukrainian"}, {"Russians", "Ukrainians"},
        {"Moscow", "Kyiv"}, {"Kremlin", "Bankova"}, {"Duma", "Rada"}, {"Putin", "Zelensky"},
        {"Vladimir", "Volodymyr"}, {"Lavrov", "Kuleba"}, {"Sergei", "Dmytro"}, {"Dmitry", "Serhiy"},
        {"FSB", "SBU"}, {"Mishustin", "Shmyhal"}, {"Mikhail", "Denys"}, {"Republican", "Democratic"},
        {"Republicans", "Democrats"}, {"Graham", "Schumer"}, {"Lindsey", "Chuck"}, {"Donald", "Barack"},
        {"Trump", "Obama"}};
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        for (String[] p : PAIRS) {
            WORDS.put(p[0], p[1]);
            WORDS.put(p[1], p[0]);
        }
        WORDS.put("Kiev", "Moscow");   // the old spelling: one way, as the attribution mirror test does
    }

    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", WORDS.keySet()) + ")\\b");

    static String swap(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(WORDS.get(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The findings as what they weigh: category, weight, voice, rule, and a learned finding's probability. */
    static List<String> weighed(String text, LoadedModel model) {
        List<String> out = new ArrayList<>();
        for (Finding f : Terms.findings(text, model)) {
            if (f.category().equals(Category.CONTESTED_NAMING.id())) {
                continue;
            }
            String p = f.attrs() instanceof TermAttrs.Learned l ? " p" + l.probability() : "";
            out.add(f.category() + " w" + f.weight() + " " + f.voice().id() + " " + f.rule() + p);
        }
        out.sort(null);
        return out;
    }

    static List<Path> articles() throws IOException {
        return Project.mirrorArticles();
    }

    @TestFactory
    List<DynamicTest> swappedSidesGiveTheSameFindings() throws IOException {
        LoadedModel shipped = LoadedModel.shipped();
        assertNotNull(shipped, "the jar ships the model");
        List<Path> all = articles();
        assertTrue(all.size() >= 8, "the seeds and three invented articles: " + all);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : all) {
            for (LoadedModel model : new LoadedModel[]{null, shipped}) {
                String name = p.getFileName() + (model == null ? ", lexicons" : ", lexicons + model");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    String swapped = swap(text);
                    assertNotEquals(text, swapped, "the swap changes the article");
                    assertEquals(weighed(text, model), weighed(swapped, model));
                }));
            }
        }
        return tests;
    }

    @org.junit.jupiter.api.Test
    void theModelFindsSomethingInTheMirroredArticles() throws IOException {
        // a mirror of articles in which the model finds nothing would prove nothing about it
        long learned = 0;
        for (Path p : articles()) {
            learned += weighed(Files.readString(p, StandardCharsets.UTF_8), LoadedModel.shipped()).stream()
                    .filter(s -> s.contains("model.loaded@")).count();
        }
        assertTrue(learned >= 5, "model findings: " + learned);
    }

    @org.junit.jupiter.api.Test
    void theSwapIsWordForWordAndReachesCompounds() {
        assertEquals("Obama-backed aid, Kyiv said; Moscow and the Bankova met Republicans.",
                swap("Trump-backed aid, Moscow said; Kiev and the Kremlin met Democrats."));
    }
}
