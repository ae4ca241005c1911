package org.slant.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SortedNamesTest {

    @Test
    void namesOutOfOrderOrRepeatedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SortedNames(new String[]{"b.count", "a.count"}));
        assertThrows(IllegalArgumentException.class, () -> new SortedNames(new String[]{"a.count", "a.count"}));
        assertEquals(2, new SortedNames(new String[]{"a.count", "b.count"}).size());
    }

    @Test
    void aBlockOfMetricsGoesInAsOneByOne() {
        SortedNames names = new SortedNames(new String[]{"t.label.count", "t.loaded.count", "t.loaded.per1k"});
        double[] values = {1, 2, 0.5};
        StageOutput block = new StageOutput().metric("a.first", 7).metric("z.last", 9).metrics(names, values);
        StageOutput single = new StageOutput().metric("a.first", 7).metric("z.last", 9);
        for (int i = 0; i < values.length; i++) {
            single.metric(names.get(i), values[i]);
        }
        assertEquals(List.copyOf(single.metrics().entrySet()), List.copyOf(block.metrics().entrySet()));
        assertEquals(Map.entry("t.loaded.count", 2.0), List.copyOf(block.metrics().entrySet()).get(2));
    }

    @Test
    void aValueThatIsNoNumberOrANameGivenTwiceFails() {
        SortedNames names = new SortedNames(new String[]{"a.count"});
        assertThrows(PipelineException.class, () -> new StageOutput().metrics(names, new double[]{Double.NaN}));
        assertThrows(PipelineException.class,
                () -> new StageOutput().metric("a.count", 1).metrics(names, new double[]{2}));
    }
}
