package org.slant.extract.boilerplate;

import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocks repeated within one article. Two kinds: exact repeats (the same words, whatever the punctuation and
 * case), and a caption repeated with a credit added ("X" and "X - Photographer/AFP", as scrapers keep both the
 * image's alt text and its caption). Short blocks repeat by nature and are left out: "2 days ago" and "Share" in
 * page furniture, "Pet safety: toxic to cats and dogs." in a list of plants; an exact repeat needs ten words.
 *
 * <p>Which copy is the duplicate: of exact repeats, the copy that reads most like the article is kept (the
 * first on a tie) and the others are duplicates; of a caption pair, the credited copy is the caption (it holds
 * more: the credit) and the bare copy is the duplicate.
 */
final class Duplicates {

    static final int MIN_WORDS = 10;
    static final int MIN_LETTERS = 40;
    /** The bare copy of a caption pair needs this many words. */
    static final int MIN_CAPTION_WORDS = 6;
    /** A credit adds at most this many words to a repeated caption. */
    static final int MAX_CREDIT_WORDS = 8;

    /**
     * @param copyOf   for each block, the index of the copy it duplicates, or -1
     * @param credited for each block, true when it is the credited copy of a caption pair
     */
    record Result(int[] copyOf, boolean[] credited) {
    }

    private Duplicates() {
    }

    /**
     * The classifier's step: finds the repeats by the labels so far (content reads most like the article, then
     * captions, then the rest by the model's doubt) and labels the copies that are not kept {@code duplicate}.
     * A rule's label stays unless it is a caption; the headline stays.
     */
    static void apply(List<BlockText> texts, int titleBlock, Labels l) {
        double[] contentScore = new double[l.n];
        for (int i = 0; i < l.n; i++) {
            contentScore[i] = l.label[i].isContent() ? 2 - l.p[i] : l.label[i] == Category.CAPTION ? 0.5 : -l.p[i];
        }
        Result dup = find(texts, contentScore);
        for (int i = 0; i < l.n; i++) {
            int of = dup.copyOf()[i];
            if (of < 0) {
                continue;
            }
            boolean pair = dup.credited()[of];
            boolean overridable = l.label[i].isContent() || l.label[i] == Category.CAPTION
                    || (pair && (l.rule[i].equals(BlockClassifier.MODEL_RULE) || l.rule[i].equals(BlockClassifier.TITLE_RULE)));
            if (overridable && i != titleBlock) {
                // the repeat decides now: the model's features no longer explain the label
                l.decide(i, Category.DUPLICATE, BlockClassifier.DUPLICATE_RULE, 1);
                l.reasons.get(i).add("repeats block " + of + (pair ? ", which adds a credit" : ""));
            }
        }
    }

    static Result find(List<BlockText> texts, double[] contentScore) {
        int n = texts.size();
        int[] copyOf = new int[n];
        boolean[] credited = new boolean[n];
        java.util.Arrays.fill(copyOf, -1);
        // each block's words and the hashes of their prefixes, so that a repeat (or a repeat plus a credit) is
        // found by hash lookups and confirmed word by word, without building strings; only for the blocks long
        // enough to be looked up (no other block's words are ever read), in arrays, from the hashes the block's
        // statistics kept (a list per block and a hash call per word were most of this step's cost, issue 21)
        String[][] words = new String[n][];
        long[][] prefix = new long[n][];
        Map<Long, List<Integer>> byHash = new HashMap<>();
        for (int i = 0; i < n; i++) {
            BlockText b = texts.get(i);
            if (b.letters() < MIN_LETTERS / 2) {
                continue;
            }
            Token[] ts = b.tokens().toArray(new Token[0]);
            int count = 0;
            for (Token t : ts) {
                if (t.isWord()) {
                    count++;
                }
            }
            if (count < MIN_CAPTION_WORDS) {
                continue;
            }
            int[] hashes = b.hashes();
            String[] w = new String[count];
            long[] h = new long[count + 1];
            int k = 0;
            for (int j = 0; j < ts.length; j++) {
                if (ts[j].isWord()) {
                    w[k] = ts[j].norm();
                    h[k + 1] = h[k] * 1_000_003L + hashes[j];
                    k++;
                }
            }
            words[i] = w;
            prefix[i] = h;
            byHash.computeIfAbsent(h[count], x -> new ArrayList<>()).add(i);
        }
        for (List<Integer> bucket : byHash.values()) {
            if (bucket.size() < 2) {
                continue;
            }
            for (List<Integer> group : groups(bucket, words)) {
                if (group.size() < 2 || words[group.get(0)].length < MIN_WORDS
                        || texts.get(group.get(0)).letters() < MIN_LETTERS) {
                    continue;
                }
                int keep = group.get(0);
                for (int i : group) {
                    if (contentScore[i] > contentScore[keep]) {
                        keep = i;
                    }
                }
                for (int i : group) {
                    if (i != keep) {
                        copyOf[i] = keep;
                    }
                }
            }
        }
        // caption pairs: a block whose words are another block's words plus a short credit
        for (int i = 0; i < n; i++) {
            String[] w = words[i];
            if (prefix[i] == null || w.length <= MIN_CAPTION_WORDS) {
                continue;
            }
            for (int k = Math.max(MIN_CAPTION_WORDS, w.length - MAX_CREDIT_WORDS); k < w.length; k++) {
                List<Integer> bare = byHash.get(prefix[i][k]);
                if (bare == null) {
                    continue;
                }
                List<Integer> unclaimed = new ArrayList<>();
                for (int j : bare) {
                    if (copyOf[j] < 0 && j != i && Arrays.equals(words[j], 0, words[j].length, w, 0, k)) {
                        copyOf[j] = i;
                        credited[i] = true;
                    }
                    if (copyOf[j] < 0) {
                        unclaimed.add(j);
                    }
                }
                // a claimed copy is never claimed again: dropping it keeps 100,000 credited copies of one caption
                // from walking the same list of bare copies each time (quadratic)
                byHash.put(prefix[i][k], unclaimed);
            }
        }
        return new Result(copyOf, credited);
    }

    /** Splits blocks whose word hashes collide into groups of identical word lists. */
    private static List<List<Integer>> groups(List<Integer> bucket, String[][] words) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i : bucket) {
            List<Integer> home = null;
            for (List<Integer> g : out) {
                if (Arrays.equals(words[g.get(0)], words[i])) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                out.add(home);
            }
            home.add(i);
        }
        return out;
    }
}
