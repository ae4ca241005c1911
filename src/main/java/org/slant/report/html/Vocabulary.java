package org.slant.report.html;

import org.slant.extract.FindingCategories;
import org.slant.model.FindingCategory;

import java.util.Map;

/**
 * Plain-English names for the extractors' categories and voices, for readers who have never seen Slant.
 * Category names are the extractors' own ({@link FindingCategory#title()}); a category no standard extractor
 * declares is shown under its own id.
 */
final class Vocabulary {

    private static final Map<String, String> VOICES = Map.of(
            "narrator", "the outlet's own voice",
            "quoted", "inside a quotation",
            "reported", "reported speech",
            "none", "not prose");

    private static final Map<String, String> STANCES = Map.of(
            "neutral", "neutral verb",
            "endorsing", "endorsing verb",
            "distancing", "distancing verb",
            "emotive", "emotive verb");

    private Vocabulary() {
    }

    /** The reader's name of a finding kind ({@code extractor.category}). */
    static String category(String kind) {
        return FindingCategories.of(kind).map(FindingCategory::title).orElse(kind);
    }

    /** The short name of a category: its id with spaces, e.g. "scare quote". */
    static String shortName(String category) {
        return category.replace('_', ' ');
    }

    static String voice(String voice) {
        String s = VOICES.get(voice);
        return s != null ? s : voice;
    }

    static String stance(String stance) {
        String s = STANCES.get(stance);
        return s != null ? s : stance;
    }
}
