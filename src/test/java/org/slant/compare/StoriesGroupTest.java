package org.slant.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The grouping itself, on small term vectors: numbering, the cut, and articles beyond the clustered ones. */
class StoriesGroupTest {

    private static final Map<String, Double> FLOOD_1 = Map.of("flood", 3.0, "river", 2.0, "rain", 1.0, "shelter", 1.0);
    private static final Map<String, Double> FLOOD_2 = Map.of("flood", 2.0, "river", 1.0, "rain", 2.0, "boat", 1.0);
    private static final Map<String, Double> STRIKE_1 = Map.of("strike", 3.0, "train", 2.0, "union", 2.0);
    private static final Map<String, Double> STRIKE_2 = Map.of("strike", 2.0, "train", 1.0, "driver", 2.0, "union", 1.0);
    private static final Map<String, Double> VOLCANO = Map.of("lava", 3.0, "eruption", 2.0, "fissure", 1.0);

    private static List<Map<String, Double>> set() {
        return Stories.tfidf(List.of(STRIKE_1, FLOOD_1, STRIKE_2, VOLCANO, FLOOD_2));
    }

    @Test
    void storiesAreNumberedByTheirFirstArticle() {
        assertArrayEquals(new int[] {0, 1, 0, 2, 1}, Stories.group(set(), Stories.CUT));
    }

    @Test
    void aCutAboveEveryMergeIsOneStoryAndACutAtZeroLeavesEachAlone() {
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Stories.group(set(), 1.0));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Stories.group(set(), 0.0));
    }

    @Test
    void articlesBeyondTheClusteredOnesJoinTheirNearestStoryOrStandAlone() {
        // only the first three are clustered; the volcano has no near story, the second flood joins the first
        assertArrayEquals(Stories.group(set(), Stories.CUT), Stories.group(set(), Stories.CUT, 3));
    }

    @Test
    void noArticleAndOneArticle() {
        assertArrayEquals(new int[0], Stories.group(List.of(), Stories.CUT));
        assertArrayEquals(new int[] {0}, Stories.group(List.of(FLOOD_1), Stories.CUT));
    }
}
