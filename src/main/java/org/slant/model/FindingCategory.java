package org.slant.model;

/**
 * A finding category as its extractor declares it, once: the id findings carry, and the names readers see.
 * Each extractor declares its categories as an enum implementing this.
 */
public interface FindingCategory {

    /** The extractor whose findings have this category. */
    String extractor();

    /** The {@code category} of the findings; stable. */
    String id();

    /** The names readers see: the report's title and the worksheets' phrase. */
    record Names(String title, String phrase) {
    }

    /** This category's names. */
    Names names();

    /** The report's name, e.g. "Loaded or emotive word". */
    default String title() {
        return names().title();
    }

    /** The lower-case phrase the worksheets use, e.g. "loaded word". */
    default String phrase() {
        return names().phrase();
    }

    /** {@code extractor.category}, e.g. {@code terminology.loaded}. */
    default String kind() {
        return extractor() + "." + id();
    }
}
