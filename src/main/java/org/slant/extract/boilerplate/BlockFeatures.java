package org.slant.extract.boilerplate;

import org.slant.model.MarkupBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * The shallow features of every block of an article, in the spirit of boilerpipe and jusText: its length, stop
 * words, links, punctuation and capitals, its script, how much of its vocabulary the rest of the article shares,
 * where it sits, what its markup hints, and the same about its neighbours. The names are the model's columns;
 * changing one means retraining ({@code slant train boilerplate}).
 */
public final class BlockFeatures {

    public static final List<String> NAMES = List.of(
            "log_words", "stop_density", "link_density", "ends_sentence", "ends_ellipsis", "cap_ratio",
            "digit_ratio", "punct_ratio", "comma_rate", "foreign_script", "similarity", "short",
            "hint_boiler_near", "hint_boiler_mid", "hint_content", "tag_heading", "tag_item", "tag_paragraph",
            "in_main", "short_outside_main", "prev_prose", "next_prose", "prose_near",
            "prev_rule", "next_rule", "rule_near", "after_last_prose", "before_first_prose", "title",
            "continues_prev", "container_link_density", "marked_outside", "in_comments");

    /** What the classifier knows about an article's blocks before the model runs. */
    record Context(List<BlockText> texts, boolean html, boolean[] inMain, boolean[] outside, boolean[] comments,
                   double[] containerLinks,
                   int[] hintBoiler, boolean[] hintContent,
                   boolean[] ruleDecided, int titleBlock, Languages languages, int language, int script) {
    }

    private BlockFeatures() {
    }

    /** A block that reads like running prose (after jusText's "good" block). */
    static boolean prose(BlockText b, double stopDensity) {
        // a news lead dense with names and titles ("President X on April 4 denounced ...") has few stop words but
        // ends like a sentence: that, with a lower bar, is prose too (else an article's first paragraph, with no
        // prose before it, looked like the menus that open most scraped pages)
        return b.words() >= 15 && (stopDensity >= 0.25 || (b.endsSentence() && stopDensity >= 0.15))
                && b.linkDensity() < 0.3 && !b.endsEllipsis();
    }

    /**
     * Two blocks that read as one sentence broken by a scraper: the first (six words or more, not a heading) stops
     * without end punctuation or a colon, the second ends a sentence.
     */
    static boolean brokenPair(BlockText a, BlockText b) {
        String tag = a.markup() == null ? "" : a.markup().tag();
        return a.words() >= 6 && !a.endsSentence() && !a.text().endsWith(":") && !a.endsEllipsis()
                && !(tag.length() == 2 && tag.charAt(0) == 'h') && b.endsSentence() && b.words() >= 1;
    }

    static double stopDensity(BlockText b, int language) {
        if (b.words() == 0) {
            return 0;
        }
        int hits = 0;
        if (language >= 0) {
            hits = b.stopHits()[language];
        } else {
            for (int h : b.stopHits()) {
                hits = Math.max(hits, h);
            }
        }
        return Math.min(1.0, (double) hits / b.words());
    }

    /**
     * The model's features per block, computed on paragraphs: in plain text, two blocks that read as one sentence
     * broken by a scraper (see {@link BlockFeatures#brokenPair}) and that no rule decided are joined into one
     * paragraph whose features both get (in HTML the markup says where paragraphs end).
     */
    static double[][] forParagraphs(String raw, List<BlockText> texts, boolean html, MarkupSignals mk,
                                           boolean[] ruleDecided, RuleHit[] deciding, int titleBlock,
                                           Languages languages, BoilerplateRules.ArticleContext ctx) {
        int n = texts.size();
        int[] unitOf = new int[n];
        List<BlockText> units = new ArrayList<>(n);
        List<Integer> first = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BlockText a = texts.get(i);
            if (!html && i + 1 < n && deciding[i] == null && deciding[i + 1] == null && i != titleBlock
                    && i + 1 != titleBlock && brokenPair(a, texts.get(i + 1))) {
                BlockText b = texts.get(i + 1);
                units.add(BlockText.of(raw, new org.slant.text.Block(units.size(), a.block().start(), b.block().end(),
                        false), a.markup() == null ? null : new MarkupBlock(a.block().start(), b.block().end(),
                        a.markup().tag(), a.markup().path(), a.linkChars() + b.linkChars()), languages));
                unitOf[i] = units.size() - 1;
                unitOf[i + 1] = units.size() - 1;
                first.add(i);
                i++;
            } else {
                units.add(a);
                unitOf[i] = units.size() - 1;
                first.add(i);
            }
        }
        int u = units.size();
        boolean[] inMain = new boolean[u];
        boolean[] outside = new boolean[u];
        boolean[] comments = new boolean[u];
        double[] containerLinks = new double[u];
        int[] hintBoiler = new int[u];
        boolean[] hintContent = new boolean[u];
        boolean[] decided = new boolean[u];
        for (int k = 0; k < u; k++) {
            int i = first.get(k);
            // the model sees the container as chosen; what the markup marks as outside the article inside it is the
            // evidence the model does not see (they name what a rejected block is), so its rows do not depend on them
            inMain[k] = mk.inContainer[i];
            outside[k] = mk.outside[i];
            comments[k] = mk.comments[i];
            containerLinks[k] = mk.containerLinks[i];
            hintBoiler[k] = mk.hintBoiler[i];
            hintContent[k] = mk.hintContent[i];
            decided[k] = ruleDecided[i];
        }
        double[][] ux = compute(new Context(units, html, inMain, outside, comments, containerLinks, hintBoiler,
                hintContent, decided, titleBlock < 0 ? -1 : unitOf[titleBlock], languages, ctx.language(), ctx.script()));
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = ux[unitOf[i]];
        }
        return x;
    }

    static double[][] compute(Context c) {
        List<BlockText> texts = c.texts();
        int n = texts.size();
        double[] stop = new double[n];
        boolean[] prose = new boolean[n];
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < n; i++) {
            stop[i] = stopDensity(texts.get(i), c.language());
            prose[i] = prose(texts.get(i), stop[i]);
        }
        if (count(prose) == 0) {
            // a short article (a brief, a wire alert) may have no block long enough: its sentences are its prose
            for (int i = 0; i < n; i++) {
                BlockText b = texts.get(i);
                prose[i] = b.words() >= 8 && b.endsSentence() && b.linkDensity() < 0.3 && !c.ruleDecided()[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (prose[i]) {
                lastProse = i;
                if (firstProse < 0) {
                    firstProse = i;
                }
            }
        }
        // the article's vocabulary: its prose blocks, or every block of eight words or more when it has little prose
        boolean[] reference = prose;
        if (count(prose) < 3) {
            reference = new boolean[n];
            for (int i = 0; i < n; i++) {
                reference[i] = texts.get(i).words() >= 8;
            }
        }
        double[] similarity = Similarity.of(texts, reference);
        double[][] x = new double[n][NAMES.size()];
        for (int i = 0; i < n; i++) {
            BlockText b = texts.get(i);
            double[] f = x[i];
            int w = b.words();
            int k = 0;
            f[k++] = Math.log1p(w);
            f[k++] = stop[i];
            f[k++] = b.linkDensity();
            f[k++] = b.endsSentence() ? 1 : 0;
            f[k++] = b.endsEllipsis() ? 1 : 0;
            f[k++] = w == 0 ? 0 : (double) b.capWords() / w;
            f[k++] = b.nonSpace() == 0 ? 0 : (double) b.digits() / b.nonSpace();
            f[k++] = b.nonSpace() == 0 ? 0 : (double) b.punct() / b.nonSpace();
            f[k++] = Math.min(1.0, (double) (b.commas() + b.sentenceEnds()) / Math.max(1, w) * 5);
            f[k++] = b.letters() == 0 ? 0 : 1 - (double) b.scriptLetters()[c.script()] / b.letters();
            f[k++] = similarity[i];
            boolean shortBlock = w < 10;
            f[k++] = shortBlock ? 1 : 0;
            // markup hints count only near the block: a far wrapper's class ("has-sidebar", "widget") says little
            f[k++] = c.hintBoiler()[i] > 0 && c.hintBoiler()[i] <= 3 ? 1 : 0;
            f[k++] = c.hintBoiler()[i] > 3 && c.hintBoiler()[i] <= 6 ? 1 : 0;
            f[k++] = c.hintContent()[i] ? 1 : 0;
            String tag = b.markup() == null ? "" : b.markup().tag();
            f[k++] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? 1 : 0;
            f[k++] = tag.equals("li") || tag.equals("dd") || tag.equals("dt") || tag.equals("td") || tag.equals("th") ? 1 : 0;
            f[k++] = tag.equals("p") || tag.equals("blockquote") || tag.equals("pre") ? 1 : 0;
            // in the main part: inside the markup's main container, or (plain text) between the first and last prose
            boolean inMain = c.html() ? c.inMain()[i] : firstProse >= 0 && i >= firstProse && i <= lastProse;
            f[k++] = inMain ? 1 : 0;
            f[k++] = shortBlock && !inMain ? 1 : 0;
            f[k++] = i > 0 && prose[i - 1] ? 1 : 0;
            f[k++] = i + 1 < n && prose[i + 1] ? 1 : 0;
            f[k++] = near(prose, i, 3) / 6.0;
            f[k++] = i > 0 && c.ruleDecided()[i - 1] ? 1 : 0;
            f[k++] = i + 1 < n && c.ruleDecided()[i + 1] ? 1 : 0;
            f[k++] = near(c.ruleDecided(), i, 3) / 6.0;
            f[k++] = lastProse >= 0 && i > lastProse ? 1 : 0;
            f[k++] = firstProse >= 0 && i < firstProse ? 1 : 0;
            f[k++] = i == c.titleBlock() ? 1 : 0;
            // a paragraph the scraper broke in two: the previous block is prose that stops mid-sentence
            f[k++] = i > 0 && texts.get(i - 1).words() >= 8 && !texts.get(i - 1).endsSentence()
                    && texts.get(i - 1).linkDensity() < 0.5 && b.endsSentence() ? 1 : 0;
            // the links around the block: its container's (HTML), or its two neighbours' on each side (text)
            f[k++] = c.html() ? c.containerLinks()[i] : windowLinkDensity(texts, i);
            // beneath an element whose markup marks it as outside the article (a comment thread, an author box):
            // inside the chosen container too, where a blog's comments sit under the post
            f[k++] = c.html() && c.outside()[i] ? 1 : 0;
            // a comment thread apart: readers' prose reads like the article's, and is almost never part of it
            f[k++] = c.html() && c.comments()[i] ? 1 : 0;
        }
        return x;
    }

    private static double windowLinkDensity(List<BlockText> texts, int i) {
        long links = 0;
        long chars = 0;
        for (int j = Math.max(0, i - 2); j <= Math.min(texts.size() - 1, i + 2); j++) {
            links += texts.get(j).linkChars();
            chars += texts.get(j).nonSpace();
        }
        return chars == 0 ? 0 : (double) links / chars;
    }

    private static int count(boolean[] flags) {
        int k = 0;
        for (boolean f : flags) {
            if (f) {
                k++;
            }
        }
        return k;
    }

    private static int near(boolean[] flags, int i, int radius) {
        int count = 0;
        for (int j = Math.max(0, i - radius); j <= Math.min(flags.length - 1, i + radius); j++) {
            if (j != i && flags[j]) {
                count++;
            }
        }
        return count;
    }
}
