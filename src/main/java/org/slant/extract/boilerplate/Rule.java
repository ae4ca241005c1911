package org.slant.extract.boilerplate;

import org.slant.lexicon.PhraseSpec;

import java.util.Set;

/**
 * One compiled entry of a {@code kind: boilerplate} lexicon. It matches in one of four ways: a phrase (through
 * the token trie), an RE2/J pattern, markup (an ancestor's tag or class words, HTML only), or a detector
 * computed by code with parameters from the entry (another script, another language).
 *
 * @param decides  true when a match labels the block by itself; false for a hint the model weighs
 * @param weight   the finding's weight when this rule decides; the hint's strength otherwise
 * @param at       where a phrase must sit in the block
 * @param maxWords the rule only applies to blocks of at most this many words (boilerplate is short; a body
 *                 paragraph that mentions "subscribe" must not be taken for a pitch)
 * @param region   true for a heading that opens a region ("Recent Posts", "Related articles"): the short
 *                 blocks after it belong to the same category until the article's prose resumes
 * @param triggers   for a pattern: lower-case strings one of which the block must contain before the pattern
 *                   runs (patterns are the costly part of matching; most blocks hold none of the triggers)
 * @param role     what {@code slant extract} takes the block for: {@code byline}, {@code date}, or null; or
 *                 {@code comment}, a comment's signature line ("Jane says:", "Reply"), which {@link CommentThreads} counts
 * @param takesValue true for a label whose value may follow on the next line ("Original url:" then the URL,
 *                 "Published by" then the name): a short next block takes the label's category
 */
public record Rule(String id, Category category, boolean decides, double weight, At at, int minWords,
                   int maxWords, boolean region, boolean takesValue, String role, PhraseSpec phrase, com.google.re2j.Pattern pattern, java.util.List<String> triggers,
                   Markup markup, Detector detector, String rationale, String location) {

    /** Where a phrase must sit in its block. */
    public enum At {
        /** anywhere */
        ANY,
        /** no word before it */
        START,
        /** no word before or after it: the phrase is the whole block (punctuation and symbols aside) */
        WHOLE
    }

    /**
     * Ancestor tags and id/class words (split at '-', '_' and case changes) that mark a block.
     *
     * @param outsideTags    the tags among these that mark an element holding something else than the article even
     *                       when it sits inside the article's container (a page footer, a figure caption)
     * @param outsideClasses the same for class words (a comment thread, an author box): such an element neither
     *                       scores as the article's container nor belongs to it (see {@link MarkupTree})
     */
    public record Markup(Set<String> tags, Set<String> classWords, Set<String> outsideTags, Set<String> outsideClasses) {

        /** True when the element's tag or one of its class words marks it as outside the article. */
        public boolean outside(MarkupPath.Element e) {
            if (outsideTags.contains(e.tag())) {
                return true;
            }
            if (!outsideClasses.isEmpty()) {
                for (String w : e.words()) {
                    if (outsideClasses.contains(w)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * A condition computed by code.
     *
     * @param name      {@code foreign-script} (most letters in another script than the article's) or
     *                  {@code foreign-language} (the block's stop words are another language's)
     * @param threshold the share of letters (script) or of recognised stop words (language) it takes
     * @param minLetters blocks with fewer letters are too short to judge
     */
    public record Detector(String name, double threshold, int minLetters) {
    }

    public boolean appliesTo(int words) {
        return words >= minWords && words <= maxWords;
    }
}
