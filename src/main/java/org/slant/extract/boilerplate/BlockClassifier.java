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

    private final BoilerplateRules rules;
    private final BlockModel htmlModel;
    private final BlockModel textModel;
    private final Tuning tuning;

    /** One model for both paths (tests, the synthetic fixtures). */
    public BlockClassifier(BoilerplateRules rules, BlockModel model) {
        this(rules, model, model);
    }

    /** A model for HTML articles (markup features) and one for plain text. */
    public BlockClassifier(BoilerplateRules rules, BlockModel htmlModel, BlockModel textModel) {
        this(rules, htmlModel, textModel, Tuning.SHIPPED);
    }

    /** With other constants for the fragment climb and the content islands (the evaluation's grid). */
    public BlockClassifier(BoilerplateRules rules, BlockModel htmlModel, BlockModel textModel, Tuning tuning) {
        this.rules = rules;
        this.htmlModel = htmlModel;
        this.textModel = textModel;
        this.tuning = tuning;
    }

    public Tuning tuning() {
        return tuning;
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
        return finish(prepare(raw, blocks, markup, title), tuning, false);
    }

    /** Steps 1 and 2 of the class comment and the model's features: all that does not depend on the models. */
    public BlockEvidence evidence(String raw, List<Block> blocks, List<MarkupBlock> markup, String title) {
        return BlockEvidence.of(rules, tuning.fragment(), raw, blocks, markup, title);
    }

    /** Steps 1 to 6 of the class comment. */
    public Prepared prepare(String raw, List<Block> blocks, List<MarkupBlock> markup, String title) {
        return prepare(evidence(raw, blocks, markup, title));
    }

    /**
     * Steps 3 to 6 of the class comment on evidence made by any classifier with the same rules and fragment factor
     * (the evaluation applies several models to one page's evidence).
     */
    public Prepared prepare(BlockEvidence e) {
        int n = e.texts.size();
        boolean html = e.html;
        BlockModel model = html ? htmlModel : textModel;
        List<BlockText> texts = e.texts;
        RuleHit[] deciding = e.deciding;
        MarkupSignals mk = e.mk;
        int titleBlock = e.titleBlock;
        double[][] x = e.features;
        Labels l = new Labels(n);
        boolean container = html && mk.tree.top >= 0;
        for (int i = 0; i < n; i++) {
            // the main container's evidence is the model's in_main feature, learnt from real pages; an offset added
            // on top of it (once tuned for a model trained on synthetic pages) made cross-validated F1 and leaks worse
            l.p[i] = model.probability(x[i]);
            List<String> r = new ArrayList<>();
            if (deciding[i] != null) {
                Rule d = deciding[i].rule();
                l.label[i] = d.category();
                l.rule[i] = d.id();
                l.weight[i] = d.weight();
                r.add(d.id());
            } else if (i == titleBlock) {
                l.label[i] = Category.CONTENT;
                l.rule[i] = TITLE_RULE;
                l.weight[i] = 1;
            } else if (l.p[i] >= model.threshold()) {
                l.label[i] = null; // named below, once every block has its first label
                l.rule[i] = MODEL_RULE;
                l.weight[i] = l.p[i];
                r.add(MODEL_RULE);
                r.addAll(model.reasons(x[i], true, 3));
                if (container && !mk.inMain[i]) {
                    r.add(mk.outside[i] ? "outside the article: " + mk.outsideRule[i] : "outside the main container");
                }
            } else {
                l.label[i] = Category.CONTENT;
                l.rule[i] = MODEL_RULE;
                l.weight[i] = 1 - l.p[i];
            }
            for (RuleHit h : e.hits.get(i)) {
                if (!r.contains(h.rule().id())) {
                    r.add(h.rule().id());
                }
            }
            if (mk.hintRule[i] != null && l.label[i] != Category.CONTENT) {
                r.add(mk.hintRule[i]);
            }
            l.reasons.add(r);
        }
        ProseRescue.subheadings(texts, l);
        if (!html) {
            ProseRescue.cleanText(e.raw, texts, l, e.ctx, rules.languages());
        }
        for (int i = 0; i < n; i++) {
            if (l.label[i] == null) {
                l.label[i] = RejectedKinds.name(i, texts, l, mk);
            }
        }

        // 4. a label's value: "Original url:" then the URL, "Published by" then the name; 5. regions
        Regions.values(texts, deciding, titleBlock, l);
        Regions.regions(texts, deciding, mk, html, l);

        // 5b. comment threads: readers' prose between "Jane says:" and "Reply" lines
        boolean[] thread = CommentThreads.find(e.hits, deciding);
        for (int i = 0; i < n; i++) {
            if (thread[i] && deciding[i] == null && i != titleBlock && !l.rule[i].equals(REGION_RULE)) {
                l.decide(i, Category.NAVIGATION, THREAD_RULE, 1);
            }
        }

        // 6. duplicates
        Duplicates.apply(texts, titleBlock, l);
        return new Prepared(e, l);
    }

    /** Steps 6b and 7 of the class comment on a copy of the prepared labels, with these island constants. */
    public Classification finish(Prepared prepared, Tuning islands) {
        return finish(prepared, islands, true);
    }

    /** @param copy false when the preparation is not used again (classify): its labels are then changed in place */
    private Classification finish(Prepared prepared, Tuning islands, boolean copy) {
        BlockEvidence e = prepared.evidence;
        List<BlockText> texts = e.texts;
        Labels l = copy ? prepared.labels.copy() : prepared.labels;
        int n = l.n;
        // 6b. a pitch or blurb the model kept far from the article
        boolean[] stray = ContentIslands.stray(texts, l.label, l.rule, MODEL_RULE, islands);
        for (int i = 0; i < n; i++) {
            if (stray[i] && i != e.titleBlock) {
                l.label[i] = RejectedKinds.name(i, texts, l, e.mk);
                l.rule[i] = ISLAND_RULE;
                l.weight[i] = 0.5; // where it lies decides, not what it says: no surer than the model was
                l.reasons.get(i).add(0, ISLAND_RULE);
            }
        }
        // 7. no content at all, or a brief: sentences the model alone rejected are the article
        ProseRescue.brief(texts, l);

        List<BlockDecision> decisions = new ArrayList<>(n);
        boolean[] modelBlocks = new boolean[n];
        for (int i = 0; i < n; i++) {
            decisions.add(new BlockDecision(l.label[i], l.rule[i], round(l.weight[i]), l.reasons.get(i), l.p[i]));
            modelBlocks[i] = e.deciding[i] == null && i != e.titleBlock;
        }
        return new Classification(texts, decisions, e.features, modelBlocks, e.titleBlock);
    }

    /** An article classified up to its last steps (content islands and briefs), which {@link #finish} applies. */
    public static final class Prepared {
        private final BlockEvidence evidence;
        private final Labels labels;

        private Prepared(BlockEvidence evidence, Labels labels) {
            this.evidence = evidence;
            this.labels = labels;
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BlockClassifier(%d rules)", rules.rules().size());
    }
}
