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
