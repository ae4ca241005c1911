package org.slant.pipeline;

import org.junit.jupiter.api.Test;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    private static final Key<String> X = Key.of("x", String.class);

    private record Stage(String id, Set<Key<?>> requires, Set<Key<?>> uses, Set<Key<?>> provides,
                         java.util.function.Function<StageInput, StageOutput> body) implements Extractor {
        @Override
        public StageOutput run(StageInput in) {
            return body.apply(in);
        }
    }

    private static Stage provider() {
        return new Stage("p", Set.of(), Set.of(), Set.of(X), in -> new StageOutput().put(X, "hello"));
    }

    private static Stage consumer() {
        return new Stage("c", Set.of(X), Set.of(), Set.of(), in -> new StageOutput().metric("c.len", in.get(X).length()));
    }

    private static Article article() {
        return new Article("a", "a", "txt", ArticleMeta.empty(), "text", List.of());
    }

    @Test
    void aRequirementNoEarlierStageProvidesIsCaughtWhenBuilt() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(consumer()).add(provider()).build());
        assertTrue(e.getMessage().contains("requires 'x'"), e.getMessage());
    }

    @Test
    void aKeyProvidedTwiceIsCaughtWhenBuilt() {
        Stage p2 = new Stage("p2", Set.of(), Set.of(), Set.of(X), in -> new StageOutput().put(X, "again"));
        assertThrows(PipelineException.class, () -> Pipeline.builder().add(provider()).add(p2).build());
    }

    @Test
    void anOptionalInputFromALaterStageIsCaughtWhenBuilt() {
        Stage user = new Stage("u", Set.of(), Set.of(X), Set.of(), in -> new StageOutput());
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(user).add(provider()).build());
        assertTrue(e.getMessage().contains("reorder"), e.getMessage());
    }

    @Test
    void readingAnUndeclaredKeyFails() {
        Stage sneaky = new Stage("s", Set.of(), Set.of(), Set.of(), in -> new StageOutput().metric("s.n", in.get(X).length()));
        Pipeline p = Pipeline.builder().add(provider()).add(sneaky).build();
        PipelineException e = assertThrows(PipelineException.class, () -> p.analyze(article()));
        assertTrue(e.getMessage().contains("without declaring"), e.getMessage());
    }

    @Test
    void aDeclaredProductThatIsNotProvidedFails() {
        Stage lazy = new Stage("l", Set.of(), Set.of(), Set.of(X), in -> new StageOutput());
        assertThrows(PipelineException.class, () -> Pipeline.builder().add(lazy).build().analyze(article()));
    }

    @Test
    void productsFlowAndMetricsAreCollected() {
        var r = Pipeline.builder().add(provider()).add(consumer()).build().analyze(article());
        assertEquals(5.0, r.metric("c.len"));
    }

    @Test
    void aListKeyRefusesAListOfAnythingElse() {
        Key<List<Integer>> numbers = Key.listOf("numbers", Integer.class);
        Stage good = new Stage("g", Set.of(), Set.of(), Set.of(numbers), in -> new StageOutput().put(numbers, List.of(1, 2)));
        Stage reader = new Stage("r", Set.of(numbers), Set.of(), Set.of(),
                in -> new StageOutput().metric("r.sum", in.get(numbers).stream().mapToInt(Integer::intValue).sum()));
        assertEquals(3.0, Pipeline.builder().add(good).add(reader).build().analyze(article()).metric("r.sum"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Key<List<String>> lie = (Key) numbers; // what an unchecked cast elsewhere could smuggle in
        Stage bad = new Stage("b", Set.of(), Set.of(), Set.of(numbers), in -> new StageOutput().put(lie, List.of("x")));
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.builder().add(bad).build().analyze(article()));
        assertTrue(e.getMessage().contains("java.lang.String, not a java.lang.Integer"), e.getMessage());
    }

    @Test
    void nonFiniteMetricsAreRefused() {
        assertThrows(PipelineException.class, () -> new StageOutput().metric("m", Double.NaN));
    }

    @Test
    void aFailingStageIsNamed() {
        Stage boom = new Stage("boom", Set.of(), Set.of(), Set.of(), in -> {
            throw new IllegalStateException("kaput");
        });
        PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.builder().add(boom).build().analyze(article()));
        assertTrue(e.getMessage().startsWith("stage 'boom' failed"), e.getMessage());
    }
}
