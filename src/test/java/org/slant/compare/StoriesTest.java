package org.slant.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleResult;
import org.slant.report.json.AnalysisJson;
import org.slant.testing.Project;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories on a folder that mixes the seeds (one event) with ten short articles on unrelated events, written
 * for this test: the seeds' story holds the seeds alone and carries exactly the reuse and coverage that the
 * seeds give on their own; nothing is compared across stories.
 */
class StoriesTest {

    static Analysis seeds;
    static Analysis mixed;

    static Path resource(String name) {
        try {
            return Path.of(StoriesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void analyse() {
        seeds = Slant.analyzeAll(List.of(Project.seeds().toString()), org.slant.batch.RunOptions.defaults());
        mixed = Slant.analyzeAll(List.of(Project.seeds().toString(), resource("other-events").toString()),
                org.slant.batch.RunOptions.defaults());
    }

    private static Set<String> seedIds() {
        return seeds.articles().stream().map(ArticleResult::id).collect(Collectors.toSet());
    }

    private static Stories.Story seedStory() {
        return mixed.comparison().storyOf(seeds.articles().get(0).id());
    }

    @Test
    void theSeedsAloneAreOneStory() {
        assertEquals(1, seeds.comparison().stories().size());
        assertEquals(5, seeds.comparison().stories().get(0).articles().size());
    }

    @Test
    void theMixedFolderGivesSeveralStoriesAndTheSeedsStoryHoldsTheSeedsAlone() {
        assertEquals(15, mixed.articles().size());
        assertTrue(mixed.comparison().stories().size() >= 2, "stories: " + mixed.comparison().stories());
        assertEquals(seedIds(), Set.copyOf(seedStory().articles()));
        // every article is in exactly one story
        assertEquals(15, mixed.comparison().stories().stream().mapToInt(s -> s.articles().size()).sum());
    }

    @Test
    void theSeedsStoryCarriesExactlyTheSeedsCoverageAndReuse() throws Exception {
        var w = AnalysisJson.writer();
        assertEquals(w.writeValueAsString(seeds.comparison().stories().get(0).coverage()),
                w.writeValueAsString(seedStory().coverage()));
        List<Reuse.Passage> seedPassages = mixed.comparison().reuse().passages().stream()
                .filter(p -> seedIds().contains(p.a())).toList();
        assertEquals(w.writeValueAsString(seeds.comparison().reuse().passages()), w.writeValueAsString(seedPassages));
        for (ArticleResult r : seeds.articles()) {
            ArticleResult m = mixed.articles().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
            for (String metric : Comparison.METRICS) {
                assertEquals(r.metric(metric), m.metric(metric), r.id() + " " + metric);
            }
        }
    }

    @Test
    void nothingIsComparedAcrossStories() {
        Comparison.Result c = mixed.comparison();
        for (Reuse.Passage p : c.reuse().passages()) {
            assertEquals(c.storyOf(p.a()).id(), c.storyOf(p.b()).id(), "a passage across stories: " + p.a() + " ~ " + p.b());
        }
        for (Reuse.ArticleReuse a : c.reuse().articles()) {
            a.partners().forEach(b -> assertEquals(c.storyOf(a.id()), c.storyOf(b)));
        }
        for (Stories.Story s : c.stories()) {
            if (s.alone()) {
                assertNull(s.coverage(), "a story of one article has no coverage table");
            } else {
                assertNotNull(s.coverage());
                s.coverage().rows().forEach(row -> assertEquals(Set.copyOf(s.articles()), row.cells().keySet()));
            }
        }
    }

    @Test
    void storiesAreNumberedByTheirFirstArticleAndLabelledByAHeadline() {
        List<Stories.Story> stories = mixed.comparison().stories();
        List<String> ids = mixed.articles().stream().map(ArticleResult::id).toList();
        int last = -1;
        for (int k = 0; k < stories.size(); k++) {
            assertEquals("story-" + (k + 1), stories.get(k).id());
            int first = ids.indexOf(stories.get(k).articles().get(0));
            assertTrue(first > last, "stories in order of their first article");
            last = first;
            assertTrue(!stories.get(k).label().isBlank());
        }
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Analysis again = Slant.analyzeAll(List.of(Project.seeds().toString(), resource("other-events").toString()),
                org.slant.batch.RunOptions.defaults());
        assertArrayEquals(AnalysisJson.bytes(mixed), AnalysisJson.bytes(again));
    }

    @Test
    void theMixedAnalysisValidatesAgainstTheSchemaWithEachArticlesStory() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(AnalysisJson.bytes(mixed));
        try (InputStream in = StoriesTest.class.getResourceAsStream("/schema/analysis.schema.json")) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(doc);
            assertTrue(errors.isEmpty(), errors::toString);
        }
        for (JsonNode a : doc.get("articles")) {
            assertEquals(mixed.comparison().storyOf(a.get("id").asText()).id(), a.get("story").asText());
        }
    }

    @Test
    void articlesNamingOneGroupDifferentlyAreOneStory() {
        Analysis a = Slant.analyzeAll(List.of(resource("aliases").toString(), resource("other-events").toString()),
                org.slant.batch.RunOptions.defaults());
        Stories.Story s = a.comparison().storyOf("a-isis");
        assertEquals(List.of("a-isis", "b-islamic-state"), s.articles());
        assertNotNull(s.coverage());
    }
}
