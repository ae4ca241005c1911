package org.slant.extract.attribution.model;

import org.slant.Slant;
import org.slant.extract.attribution.CueKind;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;

import java.util.List;

/** Made-up sentences as the model sees them, for the decoder and feature tests. */
final class ModelInputs {

    private ModelInputs() {
    }

    static ModelInput input(String text) {
        Content c = Content.of(text, BlockSplitter.split(text));
        return new ModelInput(c, Slant.lexicons().standard().compile(new CueKind()), List.of());
    }

    /** As {@link #input}, with the rules' attributions of the text as the model's features. */
    static ModelInput withRules(String text) {
        Content c = Content.of(text, BlockSplitter.split(text));
        List<org.slant.extract.attribution.Attribution> rules = new org.slant.extract.attribution.AttributionExtractor(
                Slant.lexicons().standard(), org.slant.extract.attribution.AttributionExtractor.Engine.RULES)
                .analyze(c, org.slant.model.ArticleMeta.empty()).attributions();
        return new ModelInput(c, Slant.lexicons().standard().compile(new CueKind()), rules);
    }

    /** The first token whose matching form is {@code word}. */
    static int token(ModelInput in, String word) {
        for (int i = 0; i < in.size(); i++) {
            if (in.tokens().get(i).norm().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }
}
