package org.slant.extract.terminology;

import org.slant.model.FindingCategory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a terminology entry marks. The first six are finding categories; {@link #QUOTE_CUE} entries
 * produce no finding: they are speech verbs that tell a partial quotation ("dismissed it as “absurd”")
 * from a scare quote. Each is declared here once, with its names for the report and the worksheets.
 */
public enum Category implements FindingCategory {
    LOADED("Loaded or emotive word", "loaded word"),
    LABEL("Label or name-calling", "label"),
    HEDGE("Hedge (reportedly, so-called)", "hedge"),
    INTENSIFIER("Intensifier", "intensifier"),
    CONTESTED_NAMING("Contested name (Kiev/Kyiv, invasion/operation)", "contested name"),
    SCARE_QUOTE("Scare quote", "scare quotes"),
    QUOTE_CUE("Speech verb before a partial quotation (no finding)", "speech verb");

    private final Names names;

    Category(String title, String phrase) {
        this.names = new Names(title, phrase);
    }

    @Override
    public Names names() {
        return names;
    }

    @Override
    public String extractor() {
        return TerminologyAnalyzer.EXTRACTOR;
    }



    /** The id used in lexicons, findings and metric names. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinding() {
        return this != QUOTE_CUE;
    }

    /**
     * Matches of one layer compete for the same words (leftmost-longest wins); matches of different
     * layers may overlap. Contested names are their own layer, so "Kiev regime" gives both the name
     * Kiev and the label regime.
     */
    int layer() {
        return switch (this) {
            case CONTESTED_NAMING -> 1;
            case QUOTE_CUE -> 2;
            case SCARE_QUOTE -> 3;
            default -> 0;
        };
    }

    public static Category of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Category::id).toList();
    }

    /** The categories that become findings, in report order. */
    public static List<Category> findingCategories() {
        return Arrays.stream(values()).filter(Category::isFinding).toList();
    }
}
