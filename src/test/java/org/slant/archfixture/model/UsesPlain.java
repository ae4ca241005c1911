package org.slant.archfixture.model;

import org.slant.archfixture.text.Plain;

/** Fixture for ArchitectureTest: the model layer using the text layer, the allowed direction. */
public final class UsesPlain {

    public Plain plain() {
        return new Plain();
    }
}
