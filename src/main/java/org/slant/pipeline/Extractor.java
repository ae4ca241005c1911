package org.slant.pipeline;

import java.util.Set;

/**
 * A stage of the analysis. It declares what it needs and what it provides; the pipeline checks those
 * declarations when it is built and enforces them when it runs (a stage can read only what it declared).
 * Implementations are stateless and thread-safe: one instance analyses many articles at once.
 */
public interface Extractor {

    /** Stable id: the {@code extractor} of its findings. */
    String id();

    /** Keys that must be provided by an earlier stage. */
    Set<Key<?>> requires();

    /** Keys read when an earlier stage provides them (the stage works without them). */
    default Set<Key<?>> uses() {
        return Set.of();
    }

    /** Keys this stage provides to later stages. */
    Set<Key<?>> provides();

    /** Analyses one article. */
    StageOutput run(StageInput in);

    /**
     * The metrics this stage can emit, by stable dotted name; {@code *} stands for one name part that
     * varies (e.g. {@code voice.*.words}). Policies of {@code slant check} are checked against these.
     */
    default java.util.List<String> metrics() {
        return java.util.List.of();
    }

    /** The finding categories this stage can emit (its findings' {@code category}). */
    default java.util.List<String> categories() {
        return java.util.List.of();
    }

    /** Rule ids it can emit besides lexicon entry ids (structural rules such as a scare-quote detector). */
    default java.util.List<String> rules() {
        return java.util.List.of();
    }
}
