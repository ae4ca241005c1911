package org.slant.extract.boilerplate;

import org.slant.model.MarkupBlock;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Labels every block of an article, in this order (each step documented where it happens):
 * <ol>
 *   <li>rules: a deciding lexicon entry labels its block (the strongest, then the one covering most of it);</li>
 *   <li>the headline (the block that is the article's title) is content: it is the outlet's own framing;</li>
 *   <li>the model labels the rest from shallow features (in HTML, the main container's evidence among them; one
 *       model for HTML, one for plain text), and a heuristic names the kind of what it rejects;</li>
 *   <li>a short value after a rule-labelled label ("Original url:" then the URL) takes the label's category;</li>
 *   <li>a region heading ("Recent Posts") gives its category to the list after it;</li>
 *   <li>a comment thread (signature lines close together, see {@link CommentThreads}) is navigation;</li>
 *   <li>repeated blocks become duplicates (see {@link Duplicates} for which copy);</li>
 *   <li>small islands of content far from the article are dropped (see {@link ContentIslands});</li>
 *   <li>an article left with no content, or a brief with no paragraph of 30 words, keeps the sentences the
 *       model alone rejected: text someone hands in as an article ("The comments were bizarre, said Mr Macron.")
 *       is its own article, not a menu.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class BlockClassifier {

    public static final String MODEL_RULE = "boilerplate.model";
    public static final String DUPLICATE_RULE = "boilerplate.repeat";
    public static final String REGION_RULE = "boilerplate.region";
    public static final String VALUE_RULE = "boilerplate.label-value";
    public static final String TITLE_RULE = "boilerplate.title";
    public static final String SOLE_PROSE_RULE = "boilerplate.sole-prose";
    public static final String THREAD_RULE = "boilerplate.comment-thread";
    public static final String ISLAND_RULE = "boilerplate.island";
    /** An article none of whose blocks reaches this many words is a brief (a wire alert, a short item). */
    static final int BRIEF_WORDS = 30;
    /** In plain text, the model's probability of boilerplate above which a paragraph of prose is dropped. */
    static final double PROSE_SURE = 0.8;

    /** Tie-break between deciding rules of equal weight and coverage: the more specific kinds first. */
    private static final List<Category> PRIORITY = List.of(Category.SPAM, Category.LEGAL, Category.PROMO,
            Category.SHARE, Category.CAPTION, Category.META, Category.NAVIGATION);

    private final BoilerplateRules rules;
    private final BlockModel htmlModel;
    private final BlockModel textModel;

    /** One model for both paths (tests, the synthetic fixtures). */
    public BlockClassifier(BoilerplateRules rules, BlockModel model) {
        this(rules, model, model);
    }

    /** A model for HTML articles (markup features) and one for plain text. */
    public BlockClassifier(BoilerplateRules rules, BlockModel htmlModel, BlockModel textModel) {
        this.rules = rules;
        this.htmlModel = htmlModel;
        this.textModel = textModel;
    }

    public BoilerplateRules rules() {
        return rules;
    }

    public BlockModel model(boolean html) {
        return html ? htmlModel : textModel;
    }

    /**
     * @param markup one hint per block for HTML articles (aligned with {@code blocks}), empty for plain text
     * @param title  the article's title when known (from the manifest, the page or a guess), or null
     */
    public Classification classify(String raw, List<Block> blocks, List<MarkupBlock> markup, String title) {
        int n = blocks.size();
        boolean html = !markup.isEmpty() && markup.size() == n;
        BlockModel model = html ? htmlModel : textModel;
        Languages languages = rules.languages();
        List<BlockText> texts = new ArrayList<>(n);
        long[] scriptTotals = new long[Scripts.COUNT];
        int[] languageTotals = new int[languages.size()];
        char[] chars = org.slant.text.TextChars.of(raw, 0, raw.length());   // read by every block: copied once
        for (int i = 0; i < n; i++) {
            BlockText b = BlockText.of(raw, chars, 0, blocks.get(i), html ? markup.get(i) : null, languages);
            texts.add(b);
            for (int s = 0; s < Scripts.COUNT; s++) {
                scriptTotals[s] += b.scriptLetters()[s];
            }
            for (int l = 0; l < languageTotals.length; l++) {
                languageTotals[l] += b.stopHits()[l];
            }
        }
        BoilerplateRules.ArticleContext ctx = new BoilerplateRules.ArticleContext(Scripts.dominant(scriptTotals),
                Languages.best(languageTotals));

        // 1. rules
        List<List<RuleHit>> hits = new ArrayList<>(n);
        RuleHit[] deciding = new RuleHit[n];
        boolean[] ruleDecided = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<RuleHit> h = rules.matchText(raw, chars, 0, texts.get(i), ctx);
            hits.add(h);
            deciding[i] = strongest(h, texts.get(i));
            ruleDecided[i] = deciding[i] != null;
        }
        MarkupSignals mk = html ? MarkupSignals.of(texts, rules) : MarkupSignals.none(n);

        // 2. the headline
        int titleBlock = Headline.find(texts, title, html);

        // 3. the model, on paragraphs: a sentence a scraper broke across two blocks is judged whole
        double[][] x = BlockFeatures.forParagraphs(raw, texts, html, mk, ruleDecided, deciding, titleBlock, languages, ctx);
        double[] p = new double[n];
        Category[] label = new Category[n];
        String[] rule = new String[n];
        double[] weight = new double[n];
        List<List<String>> reasons = new ArrayList<>(n);
        boolean container = html && mk.tree.top >= 0;
        for (int i = 0; i < n; i++) {
            // the main container's evidence is the model's in_main feature, learnt from real pages; an offset added
            // on top of it (once tuned for a model trained on synthetic pages) made cross-validated F1 and leaks worse
            p[i] = model.probability(x[i]);
            List<String> r = new ArrayList<>();
            if (deciding[i] != null) {
                Rule d = deciding[i].rule();
                label[i] = d.category();
                rule[i] = d.id();
                weight[i] = d.weight();
                r.add(d.id());
            } else if (i == titleBlock) {
                label[i] = Category.CONTENT;
                rule[i] = TITLE_RULE;
                weight[i] = 1;
            } else if (p[i] >= model.threshold()) {
                label[i] = null; // named below, once every block has its first label
                rule[i] = MODEL_RULE;
                weight[i] = p[i];
                r.add(MODEL_RULE);
                r.addAll(model.reasons(x[i], true, 3));
                if (container && !mk.inMain[i]) {
                    r.add(mk.outside[i] ? "outside the article: " + mk.outsideRule[i] : "outside the main container");
                }
            } else {
                label[i] = Category.CONTENT;
                rule[i] = MODEL_RULE;
                weight[i] = 1 - p[i];
            }
            for (RuleHit h : hits.get(i)) {
                if (!r.contains(h.rule().id())) {
                    r.add(h.rule().id());
                }
            }
            if (mk.hintRule[i] != null && label[i] != Category.CONTENT) {
                r.add(mk.hintRule[i]);
            }
            reasons.add(r);
        }
        // a short line the model rejected between two paragraphs of the article is one of its subheadings
        for (int i = 1; i + 1 < n; i++) {
            if (label[i] == null && texts.get(i).words() < 10 && !texts.get(i).endsEllipsis()
                    && isProseContent(i - 1, texts, label) && isProseContent(i + 1, texts, label)) {
                label[i] = Category.CONTENT;
                weight[i] = 1 - p[i];
                reasons.get(i).remove(MODEL_RULE);
            }
        }
        // plain text that reads as an article handed in (a third of its blocks or more are prose), not as a
        // scraped page full of menus: a paragraph of prose is dropped only when the model is sure, and a sentence
        // right after the article's text (a one-line closing paragraph) stays. The text model learnt from scraped pages, where menus and teasers
        // outnumber the article; a clean text looks nothing like them, and its paragraphs must not go on a guess
        if (!html && cleanText(texts, ctx)) {
            for (int i = 0; i < n; i++) {
                if (label[i] != null) {
                    continue;
                }
                BlockText b = texts.get(i);
                // a paragraph the scraper broke in two is judged whole, as the model judged it
                boolean pair = i + 1 < n && label[i + 1] == null && BlockFeatures.brokenPair(b, texts.get(i + 1));
                BlockText whole = pair ? BlockText.of(raw, new Block(i, b.block().start(), texts.get(i + 1).block().end(),
                        false), null, languages) : b;
                boolean prose = p[i] < PROSE_SURE && whole.endsSentence()
                        && BlockFeatures.prose(whole, BlockFeatures.stopDensity(whole, ctx.language()));
                boolean follows = i > 0 && label[i - 1] == Category.CONTENT && isSentence(whole) && whole.linkDensity() < 0.3;
                if (prose || follows) {
                    for (int j = i; j <= (pair ? i + 1 : i); j++) {
                        label[j] = Category.CONTENT;
                        weight[j] = 1 - p[j];
                        reasons.get(j).clear();
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (label[i] == null) {
                label[i] = nameRejected(i, texts, label, rule, mk);
            }
        }

        // 4. a label's value: "Original url:" then the URL, "Published by" then the name
        for (int i = 1; i < n; i++) {
            if (deciding[i - 1] != null && deciding[i - 1].rule().takesValue() && deciding[i] == null
                    && i != titleBlock && isValue(texts.get(i))) {
                label[i] = label[i - 1];
                rule[i] = VALUE_RULE;
                weight[i] = deciding[i - 1].rule().weight();
                reasons.get(i).add(0, VALUE_RULE);
                reasons.get(i).add("value of " + deciding[i - 1].rule().id() + " at block " + (i - 1));
            }
        }

        // 5. regions: the list after a "Recent Posts" heading
        for (int r = 0; r < n; r++) {
            if (deciding[r] == null || !deciding[r].rule().region()) {
                continue;
            }
            Category cat = deciding[r].rule().category();
            int end = regionEnd(r, texts, x, mk, html);
            for (int j = r + 1; j < end; j++) {
                if (label[j] == Category.SPAM || (deciding[j] != null && deciding[j].rule().region())) {
                    continue;
                }
                if (label[j] != cat || rule[j].equals(MODEL_RULE)) {
                    label[j] = cat;
                    rule[j] = REGION_RULE;
                    weight[j] = deciding[r].rule().weight();
                    reasons.get(j).add(0, REGION_RULE);
                    reasons.get(j).add("in the list after " + deciding[r].rule().id() + " at block " + r);
                }
            }
        }

        // 5b. comment threads: readers' prose between "Jane says:" and "Reply" lines
        boolean[] thread = CommentThreads.find(hits, deciding);
        for (int i = 0; i < n; i++) {
            if (thread[i] && deciding[i] == null && i != titleBlock && !rule[i].equals(REGION_RULE)) {
                label[i] = Category.NAVIGATION;
                rule[i] = THREAD_RULE;
                weight[i] = 1;
                reasons.get(i).removeIf(r -> r.equals(MODEL_RULE) || r.indexOf('=') > 0);
                reasons.get(i).add(0, THREAD_RULE);
            }
        }

        // 6. duplicates
        double[] contentScore = new double[n];
        for (int i = 0; i < n; i++) {
            contentScore[i] = label[i].isContent() ? 2 - p[i] : label[i] == Category.CAPTION ? 0.5 : -p[i];
        }
        Duplicates.Result dup = Duplicates.find(texts, contentScore);
        for (int i = 0; i < n; i++) {
            int of = dup.copyOf()[i];
            if (of < 0) {
                continue;
            }
            boolean pair = dup.credited()[of];
            boolean overridable = label[i].isContent() || label[i] == Category.CAPTION
                    || (pair && (rule[i].equals(MODEL_RULE) || rule[i].equals(TITLE_RULE)));
            if (overridable && i != titleBlock) {
                label[i] = Category.DUPLICATE;
                rule[i] = DUPLICATE_RULE;
                weight[i] = 1;
                // the repeat decides now: the model's features no longer explain the label
                reasons.get(i).removeIf(r -> r.equals(MODEL_RULE) || r.indexOf('=') > 0);
                reasons.get(i).add(0, DUPLICATE_RULE);
                reasons.get(i).add("repeats block " + of + (pair ? ", which adds a credit" : ""));
            }
        }

        // 6b. a pitch or blurb the model kept far from the article
        boolean[] stray = ContentIslands.stray(texts, label, rule, MODEL_RULE);
        for (int i = 0; i < n; i++) {
            if (stray[i] && i != titleBlock) {
                label[i] = nameRejected(i, texts, label, rule, mk);
                rule[i] = ISLAND_RULE;
                weight[i] = 0.5; // where it lies decides, not what it says: no surer than the model was
                reasons.get(i).add(0, ISLAND_RULE);
            }
        }

        // 7. no content at all, or a brief (no paragraph of 30 words): sentences the model alone rejected
        //    are the article; its shortness is what made them look like menus and captions
        boolean anyContent = false;
        int longest = 0;
        for (int i = 0; i < n; i++) {
            anyContent |= label[i].isContent();
            longest = Math.max(longest, texts.get(i).words());
        }
        if (!anyContent || longest < BRIEF_WORDS) {
            for (int i = 0; i < n; i++) {
                if (rule[i].equals(MODEL_RULE) && isSentence(texts.get(i))) {
                    label[i] = Category.CONTENT;
                    rule[i] = SOLE_PROSE_RULE;
                    weight[i] = 1 - p[i];
                    reasons.get(i).clear();
                }
            }
        }

        List<BlockDecision> decisions = new ArrayList<>(n);
        boolean[] modelBlocks = new boolean[n];
        for (int i = 0; i < n; i++) {
            decisions.add(new BlockDecision(label[i], rule[i], round(weight[i]), reasons.get(i), p[i]));
            modelBlocks[i] = deciding[i] == null && i != titleBlock;
        }
        return new Classification(texts, decisions, x, modelBlocks, titleBlock);
    }

    /** A third of the blocks with words or more read as prose: an article handed in, not a scraped page. */
    private static boolean cleanText(List<BlockText> texts, BoilerplateRules.ArticleContext ctx) {
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

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Reads as a sentence: three words or more and a final full stop, question or exclamation mark. */
    private static boolean isSentence(BlockText b) {
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

    /** The deciding hit: highest weight, then the largest share of the block, then the more specific kind. */
    private static RuleHit strongest(List<RuleHit> hits, BlockText b) {
        RuleHit best = null;
        for (RuleHit h : hits) {
            if (!h.rule().decides()) {
                continue;
            }
            if (best == null || compare(h, best) > 0) {
                best = h;
            }
        }
        return best;
    }

    private static int compare(RuleHit a, RuleHit b) {
        int c = Double.compare(a.rule().weight(), b.rule().weight());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.covered(), b.covered());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(PRIORITY.indexOf(b.rule().category()), PRIORITY.indexOf(a.rule().category()));
        return c != 0 ? c : b.rule().id().compareTo(a.rule().id());
    }

    private static boolean isValue(BlockText b) {
        return b.words() <= 6 || (b.linkDensity() > 0.8 && b.words() <= 60);
    }

    private static boolean isProseContent(int i, List<BlockText> texts, Category[] label) {
        return label[i] == Category.CONTENT && texts.get(i).words() >= 15 && texts.get(i).endsSentence();
    }

    /**
     * Where a region opened at block r ends (exclusive). In HTML, the region is the container the heading shares
     * with the next block, unless that container holds the article body. In plain text, it runs until prose
     * resumes: a block of 30 words or more that ends like a sentence and is not a cut-off teaser.
     */
    private static int regionEnd(int r, List<BlockText> texts, double[][] x, MarkupSignals mk, boolean html) {
        int n = texts.size();
        if (html && r + 1 < n) {
            MarkupTree t = mk.tree;
            int container = t.commonAncestor(t.blockNode[r], t.blockNode[r + 1]);
            if (container < 0 || t.containsMain(container) || t.nodes.get(container).proseBlocks > 2) {
                // the heading sits in the article's body: the region is only the list right after it
                int list = t.nodes.get(t.blockNode[r + 1]).parent;
                if (list < 0 || t.isAncestor(list, t.blockNode[r]) || t.nodes.get(list).proseBlocks > 2) {
                    return r + 1;
                }
                container = list;
            }
            int j = r + 1;
            while (j < n && t.isAncestor(container, t.blockNode[j])) {
                j++;
            }
            return j;
        }
        int j = r + 1;
        while (j < n) {
            BlockText b = texts.get(j);
            if (b.words() >= 30 && b.endsSentence() && !b.endsEllipsis()) {
                break;
            }
            j++;
        }
        return j;
    }

    /**
     * Names the kind of a block the model rejected: the nearest markup hint when there is one; otherwise a
     * link-dense block or one in a run of short rejected blocks is navigation (a list), and a lone short line
     * (a signature, a name) is meta.
     */
    private static Category nameRejected(int i, List<BlockText> texts, Category[] label, String[] rule, MarkupSignals mk) {
        if (mk.hintCategory[i] != null) {
            return mk.hintCategory[i];
        }
        BlockText b = texts.get(i);
        if (b.linkDensity() >= 0.5) {
            return Category.NAVIGATION;
        }
        if (b.words() > 4) {
            return Category.NAVIGATION;
        }
        // Only whether the run reaches 3 matters, so both walks stop there: linear, not quadratic, on pages
        // with long runs of short lines.
        int run = 1;
        for (int j = i - 1; run < 3 && j >= 0 && shortRejected(j, texts, label, rule); j--) {
            run++;
        }
        for (int j = i + 1; run < 3 && j < texts.size() && shortRejected(j, texts, label, rule); j++) {
            run++;
        }
        return run >= 3 ? Category.NAVIGATION : Category.META;
    }

    private static boolean shortRejected(int j, List<BlockText> texts, Category[] label, String[] rule) {
        return texts.get(j).words() <= 8 && (label[j] == null || label[j] == Category.NAVIGATION)
                && rule[j] != null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BlockClassifier(%d rules)", rules.rules().size());
    }
}
