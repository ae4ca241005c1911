package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.Category;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Block-level counts per category (true positives, false positives, false negatives, summed over pages), the
 * same for "boilerplate" (any non-content label) against content, and the word scores of the kept text.
 */
public final class BlockScores {

    private final Map<Category, long[]> counts = new EnumMap<>(Category.class);
    private long blocks;
    private long correct;
    private final long[] boiler = new long[3];
    private double wordP;
    private double wordR;
    private double wordF;
    private int pages;

    public BlockScores() {
        for (Category c : Category.values()) {
            counts.put(c, new long[3]);
        }
    }

    /** Adds one page: gold and predicted labels per block, and the predicted and gold clean texts. */
    public void add(List<Category> gold, List<Category> predicted, String keptText, String goldText) {
        for (int i = 0; i < gold.size(); i++) {
            Category g = gold.get(i);
            Category p = predicted.get(i);
            blocks++;
            if (g == p) {
                correct++;
                counts.get(g)[0]++;
            } else {
                counts.get(p)[1]++;
                counts.get(g)[2]++;
            }
            boolean gb = !g.isContent();
            boolean pb = !p.isContent();
            if (gb && pb) {
                boiler[0]++;
            } else if (pb) {
                boiler[1]++;
            } else if (gb) {
                boiler[2]++;
            }
        }
        WordScores.Prf w = WordScores.prf(keptText, goldText);
        wordP += w.precision();
        wordR += w.recall();
        wordF += w.f1();
        pages++;
    }

    public static WordScores.Prf prf(long[] c) {
        return WordScores.Prf.of(c[0], c[0] + c[1], c[0] + c[2]);
    }

    public WordScores.Prf category(Category c) {
        return prf(counts.get(c));
    }

    /** Gold blocks of the category. */
    public long support(Category c) {
        long[] k = counts.get(c);
        return k[0] + k[2];
    }

    public WordScores.Prf boilerplate() {
        return prf(boiler);
    }

    public double accuracy() {
        return blocks == 0 ? 0 : (double) correct / blocks;
    }

    public long blocks() {
        return blocks;
    }

    /** Mean over pages of the kept text's word precision, recall and F1 against the gold clean text. */
    public WordScores.Prf words() {
        int n = Math.max(1, pages);
        return new WordScores.Prf(wordP / n, wordR / n, wordF / n);
    }

    public int pages() {
        return pages;
    }
}
