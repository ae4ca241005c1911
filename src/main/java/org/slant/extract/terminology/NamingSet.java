package org.slant.extract.terminology;

import java.util.List;

/**
 * A set of names for one thing whose choice follows a convention (Kyiv/Kiev), with its variants in
 * lexicon order.
 */
public record NamingSet(String id, String description, List<String> variants) {

    public NamingSet {
        variants = List.copyOf(variants);
    }
}
