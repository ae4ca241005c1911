package org.slant.exercise;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exercises from random and adversarial sets of articles (odd quotation marks, empty paragraphs, surrogate
 * pairs, shared paragraphs, loaded words and contested names in the wrong places): every kind is made or
 * skipped with a reason, never fails, and every answer of every key is backed by analysis.json. Seeded.
 */
class ExercisesPropertyTest {

    private static final List<String> WORDS = List.of("Mr.", "Kiev", "Kyiv’s", "“", "”", "‘", "’", "\"", "'", "said",
            "told reporters", "regime", "massacre", "extremists", "hawkish", "invasion", "special military operation",
            "\n\n", "\n", " ", ".", "Share this article", "©", "Macron", "a senior official said", "— ", "…",
            "[link](#)", "😀", "“We will not accept this,” said Foreign Minister John Smith.", "“No,” she said.", "\r\n", "144 people", "March 22", "Islamic State", "ISIS-K", "<b>", "&amp;", "{{x}}");

    private static final List<String> SENTENCES = List.of(
            "The minister said on Thursday that at least 144 people died in the attack on March 22.",
            "“The comments were bizarre and threatening,” said Foreign Minister John Smith in Kiev.",
            "Officials in Kyiv called the invasion a massacre, a senior official told reporters.",
            "The special military operation continues, said Dmitry Peskov, the Kremlin spokesman.",
            "Islamic State claimed the attack, and the regime’s hawkish generals blamed extremists.",
            "Talks between the two defence ministers lasted one hour, according to the ministry.");

    @Provide
    Arbitrary<List<String>> sets() {
        Arbitrary<String> salad = Arbitraries.of(WORDS).list().ofMaxSize(150).map(l -> String.join(" ", l));
        Arbitrary<String> prose = Arbitraries.of(SENTENCES).list().ofMinSize(3).ofMaxSize(12)
                .map(l -> String.join(" ", l).replace("attack. ", "attack.\n\n"));
        Arbitrary<String> text = Arbitraries.oneOf(salad, prose, Combinators.combine(prose, salad).as((p, q) -> p + " " + q));
        // shared paragraphs read as prose, so that a boilerplate stage keeps them as the article's text
        Arbitrary<String> shared = Arbitraries.of(SENTENCES).list().ofMinSize(2).ofMaxSize(5).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(
                text.list().ofMinSize(1).ofMaxSize(4),
                // articles that share a paragraph, so reuse and coverage have something to find
                Combinators.combine(text.list().ofMinSize(2).ofMaxSize(3), shared).as((ts, s) -> {
                    // each outlet words the wire copy a little differently
                    List<String> verbs = List.of("said", "told reporters", "claimed");
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < ts.size(); i++) {
                        out.add(ts.get(i) + "\n\n" + s.replace("said", verbs.get(i % 3)) + "\n\n" + ts.get((i + 1) % ts.size()));
                    }
                    return out;
                }));
    }

    @Property(tries = 60, seed = "20240409")
    void everyKindIsMadeOrSkippedAndEveryAnswerIsBacked(@ForAll("sets") List<String> texts,
                                                        @ForAll boolean intro) throws IOException {
        List<ArticleResult> rs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rs.add(Fixtures.analysed("a" + i, i % 2 == 0 ? "Outlet " + (i / 2) : "unknown", texts.get(i)));
        }
        Analysis a = Fixtures.compared(rs);
        ExerciseSet set = Fixtures.build(a, intro ? Level.INTRO : Level.ADVANCED, texts.size());
        assertEquals(7, set.exercises().size() + set.skipped().size());
        for (String kind : List.of("loaded-words", "who-speaks", "same-story", "missing", "blind", "naming")) {
            boolean made = set.exercises().stream().anyMatch(e -> e.kind().equals(kind));
            Statistics.label(kind).collect(made);
            // the generator must reach every kind some of the time, or the property tests little
            Statistics.label(kind).coverage(c -> c.check(true).count(n -> n >= 2));
        }
        set.skipped().forEach(s -> assertTrue(s.reason().endsWith("."), s.toString()));
        for (Exercise e : set.exercises()) { // no empty worksheet: every part of the material shows something
            assertTrue(!e.tasks().isEmpty() && !e.key().answers().isEmpty(), e.kind());
            for (Part part : e.material()) {
                assertTrue(part.table() != null ? !part.table().rows().isEmpty()
                        : part.paras().stream().anyMatch(p -> p.runs().stream().anyMatch(r -> !r.text().isBlank())),
                        e.kind() + ": empty part " + part.heading());
            }
        }
        for (Exercises.Format format : Exercises.Format.values()) {
            Map<String, byte[]> files = Exercises.files(set, a, format);
            if (!set.exercises().isEmpty()) {
                EvidenceCheck.assertBacked(files);
            }
        }
    }
}
