package org.slant.extract;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.model.FindingCategory;
import org.slant.pipeline.Extractor;
import org.slant.testing.Project;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingCategoriesTest {

    @Test
    void eachKindIsDeclaredOnceWithNamesForReaders() {
        Set<String> kinds = new HashSet<>();
        for (FindingCategory c : FindingCategories.all()) {
            assertTrue(kinds.add(c.kind()), "declared twice: " + c.kind());
            assertFalse(c.title().isBlank(), c.kind());
            assertFalse(c.phrase().isBlank(), c.kind());
            assertEquals(c, FindingCategories.of(c.extractor(), c.id()).orElseThrow());
        }
        assertTrue(FindingCategories.of("terminology.quote_cue").isEmpty(), "a quotation cue is no finding");
        assertTrue(FindingCategories.of("boilerplate.content").isEmpty(), "the article itself is no finding");
    }

    @Test
    void theStandardExtractorsDeclareTheCategoriesTheyList() {
        for (Extractor e : Slant.pipeline().stages()) {
            List<String> declared = FindingCategories.all().stream().filter(c -> c.extractor().equals(e.id()))
                    .map(FindingCategory::id).toList();
            assertEquals(Set.copyOf(e.categories()), Set.copyOf(declared), e.id());
        }
    }

    @Test
    void everySeedFindingHasADeclaredCategory() {
        int n = 0;
        for (ArticleResult r : Slant.analyzeAll(List.of(Project.seeds().toString()), org.slant.batch.RunOptions.defaults()).articles()) {
            for (Finding f : r.findings()) {
                assertTrue(FindingCategories.of(f.kind()).isPresent(), f.kind());
                n++;
            }
        }
        assertTrue(n > 100, "the seeds have findings: " + n);
    }
}
