package org.slant.exercise;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.slant.model.Analysis;
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

    @Provide
    Arbitrary<List<String>> sets() {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMaxSize(150).map(l -> String.join(" ", l));
        Arbitrary<String> shared = Arbitraries.of(WORDS).list().ofMinSize(12).ofMaxSize(40).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(
                text.list().ofMinSize(1).ofMaxSize(4),
                // articles that share a paragraph, so reuse and coverage have something to find
                net.jqwik.api.Combinators.combine(text.list().ofMinSize(2).ofMaxSize(3), shared).as((ts, s) -> {
                    List<String> out = new ArrayList<>();
                    ts.forEach(t -> out.add(t + "\n\n" + s + "\n\n" + t));
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
        for (Exercises.Format format : Exercises.Format.values()) {
            Map<String, byte[]> files = Exercises.files(set, a, format);
            if (!set.exercises().isEmpty()) {
                EvidenceCheck.assertBacked(files);
            }
        }
    }
}
