package org.slant.extract;

import org.slant.extract.attribution.SourceType;
import org.slant.model.FindingCategory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every finding category the standard extractors declare, for readers that name them (the report, the
 * worksheets). The names live with each extractor's category enum; this only gathers them.
 */
public final class FindingCategories {

    private static final List<FindingCategory> ALL;
    private static final Map<String, FindingCategory> BY_KIND = new LinkedHashMap<>();

    static {
        List<FindingCategory> all = new ArrayList<>(org.slant.extract.terminology.Category.findingCategories());
        all.addAll(Arrays.asList(SourceType.values()));
        all.addAll(org.slant.extract.boilerplate.Category.BOILERPLATE);
        ALL = List.copyOf(all);
        ALL.forEach(c -> BY_KIND.put(c.kind(), c));
    }

    private FindingCategories() {
    }

    /** Terminology's, attribution's, then boilerplate's categories, each in its declared order. */
    public static List<FindingCategory> all() {
        return ALL;
    }

    /** The category of a finding kind ({@code extractor.category}), if a standard extractor declares it. */
    public static Optional<FindingCategory> of(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    public static Optional<FindingCategory> of(String extractor, String category) {
        return of(extractor + "." + category);
    }
}
