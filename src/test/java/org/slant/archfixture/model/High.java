package org.slant.archfixture.model;

import org.slant.archfixture.text.Low;

/** Fixture for ArchitectureTest: a model-layer class that uses the text layer (allowed), closing a cycle with {@link Low}. */
public final class High {

    public Low down() {
        return new Low();
    }
}
