package org.slant.report.html;

import java.util.Map;

/**
 * Plain-English names for the extractors' categories and voices, for readers who have never seen Slant.
 * A category the page does not know is shown under its own id.
 */
final class Vocabulary {

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("terminology.loaded", "Loaded or emotive word"),
            Map.entry("terminology.label", "Label or name-calling"),
            Map.entry("terminology.hedge", "Hedge (reportedly, so-called)"),
            Map.entry("terminology.intensifier", "Intensifier"),
            Map.entry("terminology.contested_naming", "Contested name (Kiev/Kyiv, invasion/operation)"),
            Map.entry("terminology.scare_quote", "Scare quote"),
            Map.entry("attribution.named", "Named source"),
            Map.entry("attribution.institution", "Institution as source"),
            Map.entry("attribution.anonymous", "Anonymous source"),
            Map.entry("attribution.self", "The outlet itself as source"),
            Map.entry("attribution.media", "Another outlet as source"),
            Map.entry("attribution.unresolved", "Source not resolved"),
            Map.entry("boilerplate.promo", "Promotion (subscribe, donate, newsletter)"),
            Map.entry("boilerplate.share", "Share or follow prompt"),
            Map.entry("boilerplate.legal", "Copyright or disclaimer"),
            Map.entry("boilerplate.navigation", "Navigation or related links"),
            Map.entry("boilerplate.caption", "Image caption or photo credit"),
            Map.entry("boilerplate.meta", "Byline or metadata line"),
            Map.entry("boilerplate.spam", "Injected spam"),
            Map.entry("boilerplate.duplicate", "Block repeated in the article"));

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
        String s = CATEGORIES.get(kind);
        return s != null ? s : kind;
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
