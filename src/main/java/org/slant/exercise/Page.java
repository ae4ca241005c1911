package org.slant.exercise;

import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.pipeline.SegmentStage;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One analysed article as the exercises see it: its raw text cut into the blocks the pipeline used (the
 * markup's blocks for HTML, {@link BlockSplitter} otherwise), which blocks the boilerplate findings cover,
 * and ways to find findings and sentences by position.
 */
final class Page {

    final int index;
    final ArticleResult result;
    final String raw;
    final List<Block> blocks;
    private final boolean[] boilerplate;
    /** How people see this article in sheets and keys (set by the context once all pages are known). */
    private String shown;

    Page(int index, ArticleResult result) {
        this.index = index;
        this.result = result;
        this.raw = result.article().raw();
        this.blocks = SegmentStage.blocks(result.article());
        this.boilerplate = new boolean[blocks.size()];
        for (Finding f : result.findings()) {
            if (f.extractor().equals("boilerplate")) {
                for (int b = 0; b < blocks.size(); b++) {
                    if (blocks.get(b).start() < f.end() && blocks.get(b).end() > f.start()) {
                        boilerplate[b] = true;
                    }
                }
            }
        }
    }

    String id() {
        return result.id();
    }

    /** The outlet's name, or the article id when the outlet is unknown. */
    String outlet() {
        org.slant.model.ArticleMeta m = result.article().meta();
        return m.outlet() == null || m.outletSource() == org.slant.model.OutletSource.UNKNOWN ? id() : m.outlet();
    }

    /**
     * The article as people name it: its outlet, and when the set has several articles of that outlet, its
     * title (or its number) too. Never the file id.
     */
    String shown() {
        return shown == null ? outlet() : shown;
    }

    void shownAs(String label) {
        this.shown = label;
    }

    boolean isBoilerplate(int block) {
        return boilerplate[block];
    }

    /** Indices of the blocks that are the article's own text. */
    List<Integer> contentBlocks() {
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (!boilerplate[b]) {
                out.add(b);
            }
        }
        return out;
    }

    /** A block's text as people read it: Markdown link syntax left out ({@code [Chad](#)} reads "Chad"). */
    String readable(int block) {
        Block b = blocks.get(block);
        boolean[] hidden = Runs.linkSyntax(raw, b.start(), b.end());
        StringBuilder out = new StringBuilder();
        for (int i = b.start(); i < b.end(); i++) {
            if (!hidden[i - b.start()]) {
                out.append(raw.charAt(i));
            }
        }
        return out.toString();
    }

    String text(int block) {
        Block b = blocks.get(block);
        return raw.substring(b.start(), b.end());
    }

    int words(int block) {
        return Tokenizer.countWords(text(block));
    }

    /** Indices (in the article's sorted findings) of the findings inside [start, end) that pass the test. */
    List<Integer> findings(int start, int end, Predicate<Finding> test) {
        List<Integer> out = new ArrayList<>();
        List<Finding> fs = result.findings();
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            if (f.start() >= start && f.end() <= end && test.test(f)) {
                out.add(i);
            }
        }
        return out;
    }

    Finding finding(int i) {
        return result.findings().get(i);
    }

    Evidence evidence(int findingIndex) {
        return Evidence.finding(index, id(), shown(), findingIndex, finding(findingIndex));
    }

    Evidence metric(String name) {
        return Evidence.metric(index, id(), shown(), name, result.metric(name));
    }

    boolean hasMetric(String name) {
        return result.metrics().containsKey(name);
    }

    /** The block that holds the offset, or -1. */
    int blockAt(int offset) {
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).start() <= offset && offset < blocks.get(b).end()) {
                return b;
            }
        }
        return -1;
    }

    /**
     * The sentence around [start, end) inside its block: from the end of the previous sentence to the end of
     * this one, at most about {@code max} characters on either side.
     */
    int[] sentence(int start, int end, int max) {
        int b = blockAt(start);
        int from = b < 0 ? Math.max(0, start - max) : blocks.get(b).start();
        int to = b < 0 ? Math.min(raw.length(), end + max) : blocks.get(b).end();
        int s = start;
        while (s > from && start - s < max && !endsSentence(s - 1)) {
            s--;
        }
        if (s > from && !endsSentence(s - 1)) { // cut short: start at a word
            while (s < start && !Character.isWhitespace(raw.charAt(s))) {
                s++;
            }
        }
        while (s < start && Character.isWhitespace(raw.charAt(s))) {
            s++;
        }
        int e = end;
        while (e < to && e - end < max && !endsSentence(e - 1)) {
            e++;
        }
        if (e < to && !endsSentence(e - 1)) { // cut short: end at a word
            while (e > end && !Character.isWhitespace(raw.charAt(e - 1))) {
                e--;
            }
        }
        while (e > end && Character.isWhitespace(raw.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private boolean endsSentence(int i) {
        char c = raw.charAt(i);
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        return i + 1 >= raw.length() || Character.isWhitespace(raw.charAt(i + 1));
    }
}
