package org.slant.exercise;

import org.slant.extract.FindingCategories;
import org.slant.extract.attribution.ActorLabels;
import org.slant.extract.attribution.AttributionExtractor;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.terminology.TerminologyAnalyzer;
import org.slant.model.FindingCategory;

/**
 * Plain-English names for categories, source types, voices and boilerplate kinds. Category names are the
 * extractors' own ({@link FindingCategory#phrase()}).
 */
final class Vocab {

    private Vocab() {
    }

    /** The worksheet's phrase for a terminology category ("loaded word"); an unknown one by its id. */
    static String term(String category) {
        return phrase(TerminologyAnalyzer.EXTRACTOR, category, category.replace('_', ' '));
    }

    static String source(String category) {
        return phrase(AttributionExtractor.ID, category, category);
    }

    static String boilerplate(String category) {
        return phrase(BoilerplateExtractor.ID, category, category);
    }

    private static String phrase(String extractor, String category, String otherwise) {
        return FindingCategories.of(extractor, category).map(FindingCategory::phrase).orElse(otherwise);
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
