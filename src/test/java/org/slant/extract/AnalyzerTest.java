package org.slant.extract;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.attribution.CueKind;
import org.slant.lexicon.LexiconStore;
import org.slant.model.Article;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Extractor;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The standard analysis: its declared stages, built once behind the facade, the same results as a fresh one. */
class AnalyzerTest {

    @Test
    void theStandardStagesInOrder() {
        List<String> ids = Analyzer.stages(Slant.lexicons().standard(), null).stream().map(Extractor::id).toList();
        assertEquals(List.of("segment", "boilerplate", "content", "attribution", "terminology"), ids);
        assertEquals(ids, Slant.pipeline().stages().stream().map(Extractor::id).toList());
    }

    @Test
    void theFacadeBuildsItOnceAndAFreshOneGivesTheSameResult() throws Exception {
        assertSame(Slant.analyzer(), Slant.analyzer());
        assertSame(Slant.pipeline(), Slant.pipeline());
        String text = Files.readString(Project.seeds().resolve("000_aab893cf76bb6a17.txt"));
        Article a = Slant.article("000", text);
        ArticleResult viaFacade = Slant.analyze(a);
        ArticleResult fresh = Analyzer.of(new LexiconStore().standard()).analyze(a);
        assertFalse(viaFacade.findings().isEmpty());
        assertEquals(viaFacade.findings(), fresh.findings());
        assertEquals(viaFacade.metrics(), fresh.metrics());
    }

    @Test
    void cueExamplesRunAgainstTheStoreTheKindsWereGiven() {
        LexiconStore store = new LexiconStore();
        CueKind cues = (CueKind) LexiconKinds.byName("cues", store);
        String example = "The minister said the plan would work.";
        assertFalse(cues.fired(store.standard().compile(cues), example).isEmpty());
        // a kind built only to compile cannot run examples: it says so instead of guessing which lexicons to use
        CueKind compileOnly = new CueKind();
        assertThrows(IllegalStateException.class,
                () -> compileOnly.fired(store.standard().compile(compileOnly), example));
    }
}
