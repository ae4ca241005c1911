package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Small islands of content far from the article. A page keeps the article together; what
 * the model keeps elsewhere, after a long stretch of menus and links (a sign-up pitch above the footer, a company's
 * blurb, a call to action), is page furniture that happens to read like prose. Content blocks are grouped into
 * islands wherever {@link Tuning#islandGap} or more blocks with words lie between two of them; the island with
 * the most words is the article, and an island holding under {@link Tuning#islandShare} of its words and at most
 * {@link Tuning#islandMaxWords} words is dropped, block by block where only the model kept it.
 * <p>The three constants are chosen from a small grid ({@link Tuning#GRID}) inside the site-disjoint
 * cross-validation of {@code slant eval wcxb}: each fold's on the other folds' sites only, so the figures it
 * prints are held out from the choice too. In HTML the step catches what the main container misses.
 */
final class ContentIslands {

    private ContentIslands() {
    }

    /** The blocks to drop: content that only the model kept, in a small island away from the article. */
    static boolean[] stray(List<BlockText> texts, Category[] label, String[] rule, String modelRule, Tuning t) {
        int n = texts.size();
        List<List<Integer>> islands = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        int gap = 0;
        for (int i = 0; i < n; i++) {
            if (label[i].isContent()) {
                if (!cur.isEmpty() && gap >= t.islandGap()) {
                    islands.add(cur);
                    cur = new ArrayList<>();
                }
                cur.add(i);
                gap = 0;
            } else if (texts.get(i).words() > 0) {
                gap++;
            }
        }
        if (!cur.isEmpty()) {
            islands.add(cur);
        }
        boolean[] out = new boolean[n];
        if (islands.size() < 2) {
            return out;
        }
        int[] words = new int[islands.size()];
        int main = 0;
        for (int k = 0; k < islands.size(); k++) {
            for (int i : islands.get(k)) {
                words[k] += texts.get(i).words();
            }
            if (words[k] > words[main]) {
                main = k;
            }
        }
        for (int k = 0; k < islands.size(); k++) {
            if (k != main && words[k] < t.islandShare() * words[main] && words[k] <= t.islandMaxWords()) {
                for (int i : islands.get(k)) {
                    out[i] = rule[i].equals(modelRule);
                }
            }
        }
        return out;
    }
}
