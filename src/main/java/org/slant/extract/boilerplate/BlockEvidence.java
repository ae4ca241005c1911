package org.slant.extract.boilerplate;

import org.slant.model.MarkupBlock;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link BlockClassifier} knows of an article's blocks before its model speaks: each block's text and
 * statistics, the rules that fired (and the deciding one), the markup's signals (HTML), the headline and the
 * model's features. None of it depends on the models, so one page's evidence can be classified by several
 * (the cross-validation does). Read only once made.
 */
public final class BlockEvidence {

    final String raw;
    final boolean html;
    final List<BlockText> texts;
    final BoilerplateRules.ArticleContext ctx;
    final List<List<RuleHit>> hits;
    final RuleHit[] deciding;
    final MarkupSignals mk;
    final int titleBlock;
    final double[][] features;

    private BlockEvidence(String raw, boolean html, List<BlockText> texts, BoilerplateRules.ArticleContext ctx,
                          List<List<RuleHit>> hits, RuleHit[] deciding, MarkupSignals mk, int titleBlock,
                          double[][] features) {
        this.raw = raw;
        this.html = html;
        this.texts = texts;
        this.ctx = ctx;
        this.hits = hits;
        this.deciding = deciding;
        this.mk = mk;
        this.titleBlock = titleBlock;
        this.features = features;
    }

    /**
     * @param fragment the fragment factor of the main container's climb ({@link Tuning#fragment})
     * @param markup   one hint per block for HTML articles (aligned with {@code blocks}), empty for plain text
     * @param title    the article's title when known, or null
     */
    static BlockEvidence of(BoilerplateRules rules, double fragment, String raw, List<Block> blocks,
                            List<MarkupBlock> markup, String title) {
        int n = blocks.size();
        boolean html = !markup.isEmpty() && markup.size() == n;
        Languages languages = rules.languages();
        List<BlockText> texts = new ArrayList<>(n);
        long[] scriptTotals = new long[Scripts.COUNT];
        int[] languageTotals = new int[languages.size()];
        char[] chars = org.slant.lexicon.RawChars.of(raw);   // read by every block: shared, read-only
        for (int i = 0; i < n; i++) {
            BlockText b = BlockText.of(raw, chars, 0, blocks.get(i), html ? markup.get(i) : null, languages,
                    rules.patternRules());
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
            deciding[i] = RuleHit.strongest(h);
            ruleDecided[i] = deciding[i] != null;
        }
        MarkupSignals mk = html ? MarkupSignals.of(texts, rules, fragment) : MarkupSignals.none(n);

        // 2. the headline
        int titleBlock = Headline.find(texts, title, html);

        // the model's features, on paragraphs: a sentence a scraper broke across two blocks is judged whole
        double[][] x = BlockFeatures.forParagraphs(raw, texts, html, mk, ruleDecided, deciding, titleBlock, languages, ctx);
        return new BlockEvidence(raw, html, texts, ctx, hits, deciding, mk, titleBlock, x);
    }
}
