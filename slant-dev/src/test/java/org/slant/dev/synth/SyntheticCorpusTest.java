package org.slant.dev.synth;

import org.junit.jupiter.api.Test;
import org.slant.dev.bench.BenchCorpus;
import org.slant.model.Article;
import org.slant.testing.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {

    private static final List<Article> SEEDS = BenchCorpus.load(List.of(Project.seeds().toString()));

    @Test
    void sameSeedSameCorpus() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        new SyntheticCorpus(SEEDS, 4, 7).generate(30, x -> a.add(SyntheticCorpus.jsonl(x)));
        new SyntheticCorpus(SEEDS, 4, 7).generate(30, x -> b.add(SyntheticCorpus.jsonl(x)));
        assertEquals(a, b);
        List<String> c = new ArrayList<>();
        new SyntheticCorpus(SEEDS, 4, 8).generate(30, x -> c.add(SyntheticCorpus.jsonl(x)));
        assertNotEquals(a, c);
    }

    @Test
    void severalArticlesPerSyntheticOutletAndTheyDifferFromTheirSource() {
        List<Article> out = new ArrayList<>();
        new SyntheticCorpus(SEEDS, 3, 1).generate(200, out::add);
        Set<String> outlets = out.stream().map(a -> a.meta().outlet()).collect(Collectors.toSet());
        assertTrue(outlets.size() >= 10 && outlets.size() <= 15, outlets.toString());
        assertTrue(outlets.stream().allMatch(o -> o.startsWith("Synthetic ")));
        Set<String> sources = SEEDS.stream().map(Article::raw).collect(Collectors.toSet());
        long copies = out.stream().filter(a -> sources.contains(a.raw())).count();
        assertTrue(copies < 20, "most synthetic articles differ from their source: " + copies);
    }
}
