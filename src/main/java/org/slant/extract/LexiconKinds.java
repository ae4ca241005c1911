package org.slant.extract;

import java.util.List;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.LexiconStore;

/**
 * Every lexicon kind Slant knows. The generic example test and {@code slant lexicon validate} iterate
 * over this list; an extractor that reads a new kind of lexicon adds its kind here. It lives above the
 * extractors (not in {@code lexicon}) because it names them: the lexicon layer knows no extractor.
 */
public final class LexiconKinds {

    private LexiconKinds() {
    }

    /** @param context whose built-in lexicons examples run against (a cue example runs the whole attribution finder) */
    public static List<LexiconKind<?>> all(LexiconStore context) {
        return List.of(
                new org.slant.ingest.OutletKind(),
                new org.slant.extract.boilerplate.BoilerplateKind(),
                new org.slant.extract.terminology.TerminologyKind(),
                new org.slant.extract.attribution.CueKind(context),
                new org.slant.extract.attribution.ActorKind(),
                new org.slant.extract.attribution.NotSpeechKind(context),
                new org.slant.extract.attribution.GenderWordsKind(),
                new org.slant.extract.attribution.SocialPostKind());
    }

    public static LexiconKind<?> byName(String kind, LexiconStore context) {
        for (LexiconKind<?> k : all(context)) {
            if (k.kind().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
