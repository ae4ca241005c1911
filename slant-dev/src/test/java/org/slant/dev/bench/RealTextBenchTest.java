package org.slant.dev.bench;

import org.junit.jupiter.api.Test;
import org.slant.testing.Project;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real-text suite runs on a small corpus and prints every part's share; the shares add up to 100%. */
class RealTextBenchTest {

    @Test
    void printsTheThroughputAndASharePerPartThatAddUpToAll() throws Exception {
        StringWriter s = new StringWriter();
        BenchRun run = new BenchRun(new PrintWriter(s), 0, 0,
                List.of("--articles", "12", Project.seeds().toString()));
        new RealTextBench().run(run);
        double total = 0;
        int parts = 0;
        for (Map.Entry<String, Object> e : run.results().entrySet()) {
            if (e.getKey().contains("share: ")) {
                total += ((Number) ((Map<?, ?>) e.getValue()).get("value")).doubleValue();
                parts++;
            }
        }
        assertTrue(parts >= 5, s.toString());
        assertEquals(100, total, 0.1, s.toString());
        assertTrue(s.toString().contains("share: metadata (outlet inference)"), s.toString());
        assertTrue(s.toString().contains("share: write (--out files)"), s.toString());
        assertTrue(s.toString().contains("repeated to 12 articles"), s.toString());
    }
}
