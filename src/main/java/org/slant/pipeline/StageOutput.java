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

    /**
     * Metrics whose names come in order ({@code values[i]} is the value of {@code names.get(i)}); as
     * {@link #metric} for each, with no comparison of names.
     */
    public StageOutput metrics(SortedNames names, double[] values) {
        List<Map.Entry<String, Double>> block = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
                throw new PipelineException("metric '" + names.get(i) + "' is not a finite number");
            }
            block.add(Map.entry(names.get(i), values[i]));
        }
        String twice = metrics.addSorted(block);
        if (twice != null) {
            throw new PipelineException("metric '" + twice + "' is given twice");
        }
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
