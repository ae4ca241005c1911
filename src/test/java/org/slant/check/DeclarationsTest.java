package org.slant.check;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.pipeline.Pipeline;
import org.slant.testing.Project;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A policy may name only what the pipeline declares, so every name the pipeline emits must be declared:
 * this runs the standard pipeline and the comparison over the seeds (and slant-dev's SyntheticDeclarationsTest
 * over synthetic articles) and checks
 * every metric, finding kind and rule against the declarations. A new stage that declares nothing, or
 * emits a name it did not declare, fails here rather than being silently unnamable in policies.
 */
class DeclarationsTest {

    static final Pipeline PIPELINE = Slant.pipeline();
    static final Vocabulary VOCABULARY = Vocabulary.of(PIPELINE, Slant.lexicons().standard());

    @Test
    void everyStageDeclaresWhatItEmits() {
        assertEquals(List.of(), VOCABULARY.silentStages(),
                "these stages declare no metrics, finding kinds or rules: add metrics()/categories()/rules()");
    }

    @Test
    void everyEmittedNameIsDeclared() {
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        assertDeclared(a.articles(), 150);
    }

    /**
     * Every metric, finding kind and rule in {@code results} is declared, over at least {@code minFindings}
     * findings (slant-dev's SyntheticDeclarationsTest runs it on the synthetic corpus too).
     */
    static void assertDeclared(List<ArticleResult> results, int minFindings) {
        Set<String> undeclaredMetrics = new TreeSet<>();
        Set<String> undeclaredKinds = new TreeSet<>();
        Set<String> undeclaredRules = new TreeSet<>();
        int findings = 0;
        for (ArticleResult r : results) {
            r.metrics().keySet().stream().filter(m -> !VOCABULARY.isMetric(m)).forEach(undeclaredMetrics::add);
            for (Finding f : r.findings()) {
                findings++;
                if (VOCABULARY.kindOf(f.kind()) != Vocabulary.Kind.CATEGORY) {
                    undeclaredKinds.add(f.kind());
                }
                if (VOCABULARY.kindOf(f.rule()) != Vocabulary.Kind.RULE) {
                    undeclaredRules.add(f.rule());
                }
            }
        }
        assertTrue(findings > minFindings, "too few findings to mean anything: " + findings);
        assertEquals(Set.of(), undeclaredMetrics, "metrics emitted but not declared in Extractor.metrics()");
        assertEquals(Set.of(), undeclaredKinds, "finding kinds emitted but not declared in Extractor.categories()");
        assertEquals(Set.of(), undeclaredRules, "rules emitted that are neither lexicon entries nor Extractor.rules()");
    }

    @Test
    void namesAreUnambiguous() {
        for (String kind : VOCABULARY.categories()) {
            assertFalse(VOCABULARY.rules().contains(kind), kind + " is both a finding kind and a rule id");
        }
        for (String e : VOCABULARY.extractors()) {
            assertFalse(VOCABULARY.rules().contains(e), e + " is both an extractor and a rule id");
        }
    }

    @Test
    void metricPatternsMatchOnePartPerStar() {
        assertTrue(VOCABULARY.isMetric("voice.russia.words"));
        assertTrue(VOCABULARY.isMetric("naming.kyiv_kiev.kyiv.count"));
        assertTrue(VOCABULARY.isMetric("reuse.shared_share"));
        assertFalse(VOCABULARY.isMetric("voice.words"));
        assertFalse(VOCABULARY.isMetric("voice.a.b.words"));
        assertFalse(VOCABULARY.isMetric("voice..words"));
        assertFalse(VOCABULARY.isMetric("label.narator.per1k"));
        assertNull(VOCABULARY.kindOf("terminology.nonsense"));
        assertEquals(Vocabulary.Kind.EXTRACTOR, VOCABULARY.kindOf("attribution"));
        assertEquals("Judges conduct as irrational instead of saying what was done.", VOCABULARY.rationale("loaded.bizarre"));
    }

    @Test
    void suggestionsAreNearNames() {
        assertEquals(List.of("loaded.bizarre"), VOCABULARY.nearSelectors("loaded.bizzare").subList(0, 1));
        assertEquals("label.narrator.per1k", VOCABULARY.nearMetrics("label.narator.per1k").get(0));
        assertEquals(List.of(), VOCABULARY.nearMetrics("completely.different.thing"));
    }
}
