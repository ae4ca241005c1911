package org.slant.extract.boilerplate;

import org.slant.text.Block;

import java.util.List;

/**
 * The steps of {@link BlockClassifier} that give back to the article prose the model alone rejected: a subheading
 * between two paragraphs, the paragraphs of a clean text someone handed in, and the sentences of a brief.
 */
final class ProseRescue {

    private ProseRescue() {
    }

    /** A short line the model rejected between two paragraphs of the article is one of its subheadings. */
    static void subheadings(List<BlockText> texts, Labels l) {
        for (int i = 1; i + 1 < l.n; i++) {
            if (l.label[i] == null && texts.get(i).words() < 10 && !texts.get(i).endsEllipsis()
                    && isProseContent(i - 1, texts, l.label) && isProseContent(i + 1, texts, l.label)) {
                l.label[i] = Category.CONTENT;
                l.weight[i] = 1 - l.p[i];
                l.reasons.get(i).remove(BlockClassifier.MODEL_RULE);
            }
        }
    }

    /**
     * Plain text that reads as an article handed in (a third of its blocks or more are prose), not as a scraped
     * page full of menus: a paragraph of prose is dropped only when the model is sure, and a sentence right after
     * the article's text (a one-line closing paragraph) stays. The text model learnt from scraped pages, where
     * menus and teasers outnumber the article; a clean text looks nothing like them, and its paragraphs must not
     * go on a guess.
     */
    static void cleanText(String raw, List<BlockText> texts, Labels l, BoilerplateRules.ArticleContext ctx,
                          Languages languages) {
        if (!readsAsArticle(texts, ctx)) {
            return;
        }
        int n = l.n;
        for (int i = 0; i < n; i++) {
            if (l.label[i] != null) {
                continue;
            }
            BlockText b = texts.get(i);
            // a paragraph the scraper broke in two is judged whole, as the model judged it
            boolean pair = i + 1 < n && l.label[i + 1] == null && BlockFeatures.brokenPair(b, texts.get(i + 1));
            BlockText whole = pair ? BlockText.of(raw, new Block(i, b.block().start(), texts.get(i + 1).block().end(),
                    false), null, languages) : b;
            boolean prose = l.p[i] < BlockClassifier.PROSE_SURE && whole.endsSentence()
                    && BlockFeatures.prose(whole, BlockFeatures.stopDensity(whole, ctx.language()));
            boolean follows = i > 0 && l.label[i - 1] == Category.CONTENT && isSentence(whole) && whole.linkDensity() < 0.3;
            if (prose || follows) {
                for (int j = i; j <= (pair ? i + 1 : i); j++) {
                    l.label[j] = Category.CONTENT;
                    l.weight[j] = 1 - l.p[j];
                    l.reasons.get(j).clear();
                }
            }
        }
    }

    /**
     * No content at all, or a brief (no paragraph of {@link BlockClassifier#BRIEF_WORDS} words): the sentences the
     * model alone rejected are the article; its shortness is what made them look like menus and captions.
     */
    static void brief(List<BlockText> texts, Labels l) {
        boolean anyContent = false;
        int longest = 0;
        for (int i = 0; i < l.n; i++) {
            anyContent |= l.label[i].isContent();
            longest = Math.max(longest, texts.get(i).words());
        }
        if (anyContent && longest >= BlockClassifier.BRIEF_WORDS) {
            return;
        }
        for (int i = 0; i < l.n; i++) {
            if (l.rule[i].equals(BlockClassifier.MODEL_RULE) && isSentence(texts.get(i))) {
                l.label[i] = Category.CONTENT;
                l.rule[i] = BlockClassifier.SOLE_PROSE_RULE;
                l.weight[i] = 1 - l.p[i];
                l.reasons.get(i).clear();
            }
        }
    }

    /** A third of the blocks with words or more read as prose: an article handed in, not a scraped page. */
    private static boolean readsAsArticle(List<BlockText> texts, BoilerplateRules.ArticleContext ctx) {
        int withWords = 0;
        int prose = 0;
        for (BlockText b : texts) {
            if (b.words() > 0) {
                withWords++;
                if (BlockFeatures.prose(b, BlockFeatures.stopDensity(b, ctx.language()))) {
                    prose++;
                }
            }
        }
        return withWords > 0 && 3 * prose >= withWords;
    }

    /** Reads as a sentence: three words or more and a final full stop, question or exclamation mark. */
    static boolean isSentence(BlockText b) {
        String t = b.text().strip();
        if (b.words() < 3 || t.isEmpty()) {
            return false;
        }
        int end = t.length() - 1;
        while (end > 0 && "\"”’')]".indexOf(t.charAt(end)) >= 0) {
            end--;
        }
        return ".!?".indexOf(t.charAt(end)) >= 0 && !b.endsEllipsis();
    }

    private static boolean isProseContent(int i, List<BlockText> texts, Category[] label) {
        return label[i] == Category.CONTENT && texts.get(i).words() >= 15 && texts.get(i).endsSentence();
    }
}
