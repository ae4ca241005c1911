package org.slant.extract.boilerplate;

import org.slant.lexicon.Lexicons;
import org.slant.model.Article;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Key;
import org.slant.pipeline.Keys;
import org.slant.pipeline.StageInput;
import org.slant.pipeline.StageOutput;
import org.slant.text.Block;
import org.slant.text.BlockLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code boilerplate} stage: labels every block {@code content} or one of the eight kinds of boilerplate,
 * reports each non-content block as a finding (category = its kind, rule = what decided, {@code attrs.reasons} =
 * every rule and feature that fired), gives the contamination metrics, and hands the labels to the content stage,
 * which builds the clean text from the content blocks only.
 */
public final class BoilerplateExtractor implements Extractor {

    public static final String ID = "boilerplate";

    private final BlockClassifier classifier;

    public BoilerplateExtractor(Lexicons lexicons) {
        this(new BlockClassifier(lexicons.compile(new BoilerplateKind()), BlockModel.standard(true),
                BlockModel.standard(false)));
    }

    public BoilerplateExtractor(BlockClassifier classifier) {
        this.classifier = classifier;
    }

    public BlockClassifier classifier() {
        return classifier;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> metrics() {
        List<String> out = new ArrayList<>(List.of("contamination.ratio", "contamination.spam.blocks"));
        Category.BOILERPLATE.forEach(c -> out.add("contamination." + c.id() + ".chars"));
        return out;
    }

    @Override
    public List<String> categories() {
        return Category.BOILERPLATE.stream().map(Category::id).toList();
    }

    /** The structural rules; the rest of its findings name the boilerplate lexicons' entry ids. */
    @Override
    public List<String> rules() {
        return List.of(BlockClassifier.MODEL_RULE, BlockClassifier.DUPLICATE_RULE, BlockClassifier.REGION_RULE,
                BlockClassifier.VALUE_RULE, BlockClassifier.TITLE_RULE, BlockClassifier.SOLE_PROSE_RULE,
                BlockClassifier.THREAD_RULE, BlockClassifier.ISLAND_RULE);
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.BLOCKS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.BLOCK_LABELS, Keys.BLOCK_TOKENS);
    }

    /** Classifies an article's blocks (what the stage does, for callers outside a pipeline). */
    public Classification classify(Article a, List<Block> blocks) {
        return classifier.classify(a.raw(), blocks, a.markup(), a.meta().title());
    }

    @Override
    public StageOutput run(StageInput in) {
        Article a = in.article();
        List<Block> blocks = in.get(Keys.BLOCKS);
        Classification c = classify(a, blocks);
        StageOutput out = new StageOutput();
        List<String> labels = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            BlockDecision d = c.decisions().get(i);
            labels.add(d.category().id());
            if (!d.isContent()) {
                Block b = blocks.get(i);
                out.finding(Finding.of(a.raw(), ID, d.category().id(), b.start(), b.end(), Voice.NONE, d.rule(),
                        d.weight(), new Attrs.Boilerplate(i, d.reasons())));
            }
        }
        out.put(Keys.BLOCK_LABELS, new BlockLabels(labels));
        List<org.slant.text.BlockTokens> tokens = new ArrayList<>(c.size());
        for (BlockText t : c.texts()) {
            tokens.add(new org.slant.text.BlockTokens(t.block(), t.tokens()));
        }
        out.put(Keys.BLOCK_TOKENS, tokens);
        Contamination k = Contamination.of(c);
        out.metric("contamination.ratio", k.ratio());
        for (Category cat : Category.BOILERPLATE) {
            out.metric("contamination." + cat.id() + ".chars", k.chars().get(cat));
        }
        out.metric("contamination.spam.blocks", k.spamBlocks());
        long deep = a.markup().stream().filter(m -> m.path() != null && m.path().contains(org.slant.ingest.HtmlText.SKIPPED)).count();
        if (deep > 0) {
            out.note(deep + (deep == 1 ? " block is" : " blocks are") + " nested deeper than "
                    + org.slant.ingest.HtmlText.MAX_PATH_ELEMENTS + " elements: the markup of each was judged by its "
                    + "outer and inner " + org.slant.ingest.HtmlText.MAX_PATH_ELEMENTS / 2 + " elements only (truncated)");
        }
        if (!blocks.isEmpty() && k.chars().get(Category.CONTENT) == 0) {
            out.note("every block is boilerplate (contamination ratio 1.0): the article has no text of its own to analyse");
        }
        return out;
    }
}
