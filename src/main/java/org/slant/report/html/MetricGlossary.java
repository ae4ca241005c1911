package org.slant.report.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each metric means and how it is computed, for the Method section and for chart titles. Patterns
 * name the parts of a metric: {@code <category>.<voice>.per1k}. The patterns are our own constants, so
 * java.util.regex is fine here.
 */
final class MetricGlossary {

    /** One documented metric (or family of metrics); {@code title} may use the pattern's parts in braces. */
    record Doc(String pattern, String title, String meaning, Pattern regex) {
    }

    static final String VOICES = "(narrator|quoted|reported|none)";

    static final List<Doc> DOCS = List.of(
            doc("content.words", "Words", "Words of the article's content, after boilerplate blocks are set aside: the "
                    + "denominator of every rate per 1,000 words."),
            doc("content.sentences", "Sentences", "Sentences of the content."),
            doc("content.quotes", "Quotations", "Quotations in the content: straight and curly quote marks, quotes "
                    + "inside quotes, quotations running over several paragraphs."),
            doc("text.blocks", "Blocks", "Blocks (paragraphs, captions, list items, lines) of the raw text."),
            doc("text.chars", "Characters", "Characters (UTF-16 units) of the raw text."),
            doc("contamination.ratio", "Boilerplate share", "Share of the article's characters in blocks classified "
                    + "as boilerplate (promo, share, legal, navigation, caption, meta, spam, duplicate) rather than content."),
            doc("contamination.spam.blocks", "Spam blocks", "Blocks classified as injected spam (gambling, pharmacy, "
                    + "SEO links, text in another script or language)."),
            doc("contamination.<category>.chars", "Characters of {category} blocks", "Characters of the raw text in "
                    + "blocks of this boilerplate category."),
            doc("<category>.<voice>.count", "{category}, {voice}", "Terminology findings of this category in this "
                    + "voice: narrator = the outlet's own words, quoted = inside a quotation, reported = reported speech."),
            doc("<category>.<voice>.per1k", "{category}, {voice} (per 1,000 words)", "The count above × 1,000 ÷ "
                    + "content words, so that long and short articles compare."),
            doc("naming.<rest>", "Contested naming: {rest}", "Which variant of a contested set of names (Kiev/Kyiv, "
                    + "invasion/military operation, ...) the article uses; the variants and their conventions are "
                    + "in the contested-naming table."),
            doc("claims.unattributed", "Unattributed claims", "Sentences in the outlet's own voice that carry a loaded "
                    + "word or a label and no attribution to a source."),
            doc("attribution.count", "Attributions", "Quotations and reported speech with a source (who) and a cue "
                    + "(said, told, claimed, according to)."),
            doc("attribution.named_share", "Named sources", "Share of attributions whose source is a named person."),
            doc("attribution.anonymous_share", "Anonymous sources", "Share of attributions whose source is not "
                    + "named (sources, officials, a senior official)."),
            doc("attribution.self_share", "The outlet as source", "Share of attributions to the outlet itself "
                    + "(\"The Telegraph understands\")."),
            doc("attribution.distancing_share", "Distancing verbs", "Share of attributions introduced by a "
                    + "distancing verb (claimed, alleged, insisted), from the cue lexicon."),
            doc("attribution.<kind>_share", "Sources: {kind}", "Share of attributions of this kind."),
            doc("quote.share", "Quoted words", "Share of the content words inside direct quotations."),
            doc("voice.<actor>.words", "Words from {actor}", "Words quoted or reported from speakers affiliated "
                    + "with this actor (by their role's country or organisation, a US party label, the actors lexicon or "
                    + "the general actor table); unknown = the speaker is not placed, and counts in every share."),
            doc("reuse.shared_share", "Shared text", "Share of the article's words in sentences that another "
                    + "article of the set also carries (verbatim or reworded; MinHash candidates verified by word "
                    + "overlap), counting the words the aligned sentences have in common."),
            doc("reuse.unique_share", "Own text", "1 − shared text."),
            doc("reuse.shared_sentences", "Shared sentences", "Sentences aligned with a sentence of another article."),
            doc("reuse.partners", "Reuse partners", "Other articles this one shares at least one sentence with."));

    private MetricGlossary() {
    }

    private static Doc doc(String pattern, String title, String meaning) {
        StringBuilder re = new StringBuilder();
        Matcher m = Pattern.compile("<([a-z]+)>").matcher(pattern);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(pattern.substring(last, m.start())));
            re.append(switch (m.group(1)) {
                case "voice" -> VOICES;
                case "rest" -> "(.+)";
                default -> "([^.]+)";
            });
            last = m.end();
        }
        re.append(Pattern.quote(pattern.substring(last)));
        return new Doc(pattern, title, meaning, Pattern.compile(re.toString()));
    }

    /** The first doc whose pattern matches the metric, or null. */
    static Doc docOf(String metric) {
        for (Doc d : DOCS) {
            if (d.regex().matcher(metric).matches()) {
                return d;
            }
        }
        return null;
    }

    /** A reader's title for a metric: "Loaded or emotive word, the outlet's own voice (per 1,000 words)". */
    static String title(String metric) {
        Doc d = docOf(metric);
        if (d == null) {
            return metric;
        }
        Matcher m = d.regex().matcher(metric);
        m.matches();
        Matcher names = Pattern.compile("<([a-z]+)>").matcher(d.pattern());
        String t = d.title();
        for (int g = 1; names.find(); g++) {
            String part = m.group(g);
            String shown = switch (names.group(1)) {
                case "category" -> d.pattern().startsWith("contamination.") ? Vocabulary.shortName(part)
                        : Vocabulary.category("terminology." + part);
                case "voice" -> Vocabulary.voice(part);
                default -> Vocabulary.shortName(part);
            };
            t = t.replace("{" + names.group(1) + "}", shown);
        }
        return t;
    }

    /** How a metric's values read: a share, a rate per 1,000 words, or a count. */
    static String format(String metric, double v) {
        if (metric.endsWith("share") || metric.endsWith(".ratio")) {
            return Fmt.pct(v);
        }
        if (metric.endsWith(".per1k")) {
            return Fmt.per1k(v);
        }
        return v == Math.rint(v) ? Fmt.count(v) : Fmt.num(v, 2);
    }
}
