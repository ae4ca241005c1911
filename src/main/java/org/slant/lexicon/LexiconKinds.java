package org.slant.lexicon;

import java.util.List;

/**
 * Every lexicon kind Slant knows. The generic example test and {@code slant lexicon validate} iterate
 * over this list; an extractor that reads a new kind of lexicon adds its kind here.
 */
public final class LexiconKinds {

    private LexiconKinds() {
    }

    public static List<LexiconKind<?>> all() {
        return List.of(
                new org.slant.ingest.OutletKind(),
                new org.slant.extract.boilerplate.BoilerplateKind(),
                new org.slant.extract.terminology.TerminologyKind(),
                new org.slant.extract.attribution.CueKind(),
                new org.slant.extract.attribution.ActorKind());
    }

    public static LexiconKind<?> byName(String kind) {
        for (LexiconKind<?> k : all()) {
            if (k.kind().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
