package org.slant.archfixture.text;

import org.slant.archfixture.model.High;

/** Fixture for ArchitectureTest: a text-layer class that imports the model layer above it (not allowed). */
public final class Low {

    public High up() {
        return new High();
    }
}
