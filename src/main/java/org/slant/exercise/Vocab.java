package org.slant.exercise;

import org.slant.extract.attribution.ActorLabels;

import java.util.Map;

/** Plain-English names for categories, source types, voices and boilerplate kinds. */
final class Vocab {

    private Vocab() {
    }

    private static final Map<String, String> TERMS = Map.of(
            "loaded", "loaded word",
            "label", "label",
            "scare_quote", "scare quotes",
            "intensifier", "intensifier",
            "hedge", "hedge",
            "contested_naming", "contested name");

    private static final Map<String, String> SOURCES = Map.of(
            "named", "named person",
            "anonymous", "anonymous source (described, not named)",
            "institution", "institution or country (not a person)",
            "self", "the outlet itself",
            "media", "another media outlet");

    private static final Map<String, String> BOILERPLATE = Map.of(
            "promo", "promotion: subscribe, donate, newsletter, advertising",
            "share", "share or follow prompt",
            "legal", "copyright notice or disclaimer",
            "navigation", "navigation, menu or related links",
            "caption", "image caption or photo credit",
            "meta", "byline, date or other metadata line",
            "spam", "injected spam",
            "duplicate", "block repeated elsewhere on the page");

    static String term(String category) {
        return TERMS.getOrDefault(category, category.replace('_', ' '));
    }

    static String source(String category) {
        return SOURCES.getOrDefault(category, category);
    }

    static String boilerplate(String category) {
        return BOILERPLATE.getOrDefault(category, category);
    }

    /** The kinds of boilerplate in words, for hints. */
    static String boilerplateKinds() {
        return "a subscription, donation or newsletter pitch; a share or follow prompt; a copyright notice or "
                + "disclaimer; a menu or list of links; a photo caption or credit; a byline or date line; spam; "
                + "a block repeated from elsewhere on the page";
    }

    static String voice(String voice) {
        return switch (voice) {
            case "narrator" -> "the writer's own words";
            case "quoted" -> "inside a quotation";
            case "reported" -> "reported speech";
            default -> "not prose";
        };
    }

    static String side(String affiliation, ActorLabels sides) {
        if (affiliation == null || affiliation.isBlank() || affiliation.equals("unknown")) {
            return "not placed by Slant's actor lexicon";
        }
        return sides.label(affiliation);
    }
}
