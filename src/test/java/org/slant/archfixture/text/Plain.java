package org.slant.archfixture.text;

/** Fixture for ArchitectureTest: a text-layer class with no dependency on the layers above. */
public final class Plain {
}
