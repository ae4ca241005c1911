package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Key;
import org.slant.pipeline.Keys;
import org.slant.pipeline.StageInput;
import org.slant.pipeline.StageOutput;
import org.slant.text.Speech;

import java.util.List;
import java.util.Set;

/**
 * The {@code terminology} stage: loaded words, labels, hedges, intensifiers, contested names and scare
 * quotes in the clean text, each in the narrator's or a quoted voice. Reads attribution's speech spans
 * when attribution ran before it (speakers, paraphrases, {@code claims.unattributed}); works without.
 */
public final class TerminologyExtractor implements Extractor {

    private final TerminologyAnalyzer analyzer;
    private final LoadedModel model;

    /** With the shipped loaded-language model (when the jar has one). */
    public TerminologyExtractor(TerminologyLexicon lexicon) {
        this(lexicon, LoadedModel.builtIn());
    }

    /** @param model the loaded-language model, or null for the lexicons alone */
    public TerminologyExtractor(TerminologyLexicon lexicon, LoadedModel model) {
        this.analyzer = new TerminologyAnalyzer(lexicon, model);
        this.model = model;
    }

    /** The model's rule; the lexicon entries are declared by the lexicons themselves. */
    @Override
    public java.util.List<String> rules() {
        return model == null ? java.util.List.of() : java.util.List.of(model.rule());
    }

    @Override
    public java.util.List<String> metrics() {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("naming.*.*.count", "claims.unattributed"));
        for (Category c : Category.values()) {
            if (c.isFinding()) {
                for (String voice : java.util.List.of("narrator", "quoted")) {
                    out.add(c.id() + "." + voice + ".count");
                    out.add(c.id() + "." + voice + ".per1k");
                }
            }
        }
        return out;
    }

    @Override
    public java.util.List<String> categories() {
        return java.util.Arrays.stream(Category.values()).filter(Category::isFinding).map(Category::id).toList();
    }

    @Override
    public String id() {
        return TerminologyAnalyzer.EXTRACTOR;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.CONTENT);
    }

    @Override
    public Set<Key<?>> uses() {
        return Set.of(Keys.SPEECH);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of();
    }

    @Override
    public StageOutput run(StageInput in) {
        Content content = in.get(Keys.CONTENT);
        List<Speech> speech = in.find(Keys.SPEECH).orElse(null);
        TerminologyAnalyzer.Result r = analyzer.analyze(content, speech);
        // the analyzer's metrics are a MetricValues (TerminologyMetrics makes them): names in order, handed on whole
        MetricValues m = (MetricValues) r.metrics();
        return new StageOutput().findings(r.findings()).metrics(m.names(), m.numbers());
    }
}
