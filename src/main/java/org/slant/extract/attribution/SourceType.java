package org.slant.extract.attribution;

import org.slant.model.FindingCategory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The categories of attribution findings: what kind of source speaks. Declared here once, with their names for
 * the report and the worksheets; the ids are the findings' {@code category} and part of metric names.
 */
public enum SourceType implements FindingCategory {
    NAMED("Named source", "named person"),
    INSTITUTION("Institution as source", "institution or country (not a person)"),
    ANONYMOUS("Anonymous source", "anonymous source (described, not named)"),
    SELF("The outlet itself as source", "the outlet itself"),
    MEDIA("Another outlet as source", "another media outlet"),
    UNRESOLVED("Source not resolved", "unresolved");

    private final Names names;

    SourceType(String title, String phrase) {
        this.names = new Names(title, phrase);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Every id, in the order metrics list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SourceType::id).toList();
    }

    @Override
    public String extractor() {
        return AttributionExtractor.ID;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }


}
