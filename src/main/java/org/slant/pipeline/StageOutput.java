package org.slant.pipeline;

import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a stage gives back: findings, metrics, products for later stages, and notes. */
public final class StageOutput {

    private final List<Finding> findings = new ArrayList<>();
    /** Sorted by name as a TreeMap would be, without its nodes and their comparisons (issue 21): see SortedMetrics.putSorted. */
    private final SortedMetrics metrics = new SortedMetrics(16);
    private final Map<Key<?>, Object> products = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    public StageOutput finding(Finding f) {
        findings.add(f);
        return this;
    }

    public StageOutput findings(List<Finding> fs) {
        findings.addAll(fs);
        return this;
    }

    /** A metric; non-finite values are refused so that every number in a report means something. */
    public StageOutput metric(String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new PipelineException("metric '" + name + "' is not a finite number");
        }
        metrics.putSorted(name, value);
        return this;
    }

    public <T> StageOutput put(Key<T> key, T value) {
        products.put(key, value);
        return this;
    }

    public StageOutput note(String note) {
        notes.add(note);
        return this;
    }

    List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    Map<String, Double> metrics() {
        return metrics;
    }

    Map<Key<?>, Object> products() {
        return products;
    }

    List<String> notes() {
        return notes;
    }
}
