package org.slant.extract.terminology;

import org.slant.Slant;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconLoader;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.text.BlockSplitter;
import org.slant.text.Speech;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: the built-in terminology lexicon and the analysis of a plain text. */
final class Terms {

    private Terms() {
    }

    static TerminologyLexicon lexicon() {
        return Slant.lexicons().standard().compile(new TerminologyKind());
    }

    static Content content(String text) {
        return Content.of(text, BlockSplitter.split(text));
    }

    static TerminologyAnalyzer.Result analyze(String text) {
        return analyze(text, null);
    }

    static TerminologyAnalyzer.Result analyze(String text, List<Speech> speeches) {
        return new TerminologyAnalyzer(lexicon(), null).analyze(content(text), speeches);
    }

    static List<Finding> findings(String text) {
        return analyze(text).findings();
    }

    /** The findings with a loaded-language model too (null: the lexicons alone). */
    static List<Finding> findings(String text, LoadedModel model) {
        return analyzer(model).analyze(content(text), null).findings();
    }

    /** One analyzer per model, kept: a model's scorer builds its table of weights once (a tenth of a second). */
    private static final java.util.Map<LoadedModel, TerminologyAnalyzer> ANALYZERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile TerminologyAnalyzer lexiconsAlone;

    static TerminologyAnalyzer analyzer(LoadedModel model) {
        if (model == null) {
            TerminologyAnalyzer a = lexiconsAlone;
            if (a == null) {
                a = new TerminologyAnalyzer(lexicon(), null);
                lexiconsAlone = a;
            }
            return a;
        }
        return ANALYZERS.computeIfAbsent(model, m -> new TerminologyAnalyzer(lexicon(), m));
    }

    /** The two ways the extractor runs: the lexicons alone, and with the shipped loaded-language model. */
    static List<LoadedModel> models() {
        return java.util.Arrays.asList(null, LoadedModel.shipped());
    }

    /** The findings whose rule is the given id. */
    static List<Finding> rule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> category(List<Finding> findings, String category) {
        return findings.stream().filter(f -> f.category().equals(category)).toList();
    }

    /** Compiles the built-in terminology files plus one YAML text. */
    static TerminologyLexicon withExtra(String name, String yaml) {
        List<LexiconFile> files = new ArrayList<>(Slant.lexicons().standard().ofKind("terminology"));
        files.add(LexiconLoader.parse(name, yaml));
        return new TerminologyKind().compile(files);
    }

    /** Compiles one YAML text alone. */
    static TerminologyLexicon only(String name, String yaml) {
        return new TerminologyKind().compile(List.of(LexiconLoader.parse(name, yaml)));
    }
}
