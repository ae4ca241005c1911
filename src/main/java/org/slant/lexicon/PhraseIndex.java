package org.slant.lexicon;

import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * A token trie over lexicon phrases. Matching walks the trie from each token, so the work per token is
 * bounded by the longest phrase, not by the number of entries: the cost is linear in the text and flat in
 * the lexicon size. Hyphens between words are not tokens, so "war-chest" and "war chest" are one phrase.
 *
 * @param <T> what an entry carries back to its extractor
 */
public final class PhraseIndex<T> {

    /** A match: tokens {@code [firstToken, endToken)} of the searched token list. */
    public record Match<T>(int firstToken, int endToken, T payload) {
    }

    private record Terminal<T>(T payload, List<String> surface, boolean caseSensitive) {
    }

    /**
     * The trie as arrays: node 0 is the root; an edge (parent node, word) -> child node lives in one
     * open-addressing table of parallel arrays (a child is never 0, so 0 marks a free slot). A token's step is
     * a probe of int arrays and one {@code equals} on a hash hit, where a hash map per node chased four objects
     * (map, table, entry, key) at each step: up to 160,000 steps in 300 real articles for one lexicon (issue 21).
     */
    private int[] edgeParent = new int[16];
    private int[] edgeHash = new int[16];
    private String[] edgeWord = new String[16];
    private int[] edgeChild = new int[16];
    private int edges;
    /** per node: the entries that end there, in the order added (empty when none) */
    private final List<List<Terminal<T>>> terminals = new ArrayList<>(List.of(new ArrayList<>(1)));
    /**
     * A bit per hash bucket of the words that start a phrase: a token whose bit is clear starts none, and is
     * passed over without a lookup in the root's map. Most tokens start no phrase of a lexicon, and the
     * lookups, one per token for each lexicon, were an eighth of the real-text profile (issue 21); the bits
     * (2 kB) stay in the cache where the map's table does not.
     */
    private final long[] starts = new long[START_BITS / 64];
    private static final int START_BITS = 1 << 14;
    private int maxDepth;
    private int size;

    private static int startBit(String norm) {
        int h = norm.hashCode();
        return (h ^ (h >>> 12) ^ (h >>> 24)) & (START_BITS - 1);
    }

    private static int slot(int parent, int hash, int mask) {
        int h = hash * 0x9E3779B1 + parent * 0x85EBCA77;
        return (h ^ (h >>> 15)) & mask;
    }

    /** The child of {@code parent} by {@code word}, or 0 when there is none. */
    private int child(int parent, String word) {
        int hash = word.hashCode();
        int mask = edgeChild.length - 1;
        for (int i = slot(parent, hash, mask); ; i = (i + 1) & mask) {
            int c = edgeChild[i];
            if (c == 0 || edgeHash[i] == hash && edgeParent[i] == parent && edgeWord[i].equals(word)) {
                return c;
            }
        }
    }

    private void putEdge(int parent, String word, int child) {
        int mask = edgeChild.length - 1;
        int i = slot(parent, word.hashCode(), mask);
        while (edgeChild[i] != 0) {
            i = (i + 1) & mask;
        }
        edgeParent[i] = parent;
        edgeHash[i] = word.hashCode();
        edgeWord[i] = word;
        edgeChild[i] = child;
    }

    /** Doubles the edge table (kept at most half full, so a probe that misses stops soon). */
    private void grow() {
        int[] parents = edgeParent;
        String[] words = edgeWord;
        int[] children = edgeChild;
        int n = children.length * 2;
        edgeParent = new int[n];
        edgeHash = new int[n];
        edgeWord = new String[n];
        edgeChild = new int[n];
        for (int i = 0; i < children.length; i++) {
            if (children[i] != 0) {
                putEdge(parents[i], words[i], children[i]);
            }
        }
    }

    /** Adds one phrase variant (its surface tokens) with what it should carry back. */
    public PhraseIndex<T> add(List<String> surfaceTokens, boolean caseSensitive, T payload) {
        int node = 0;
        for (String s : surfaceTokens) {
            String key = Tokenizer.norm(s, 0, s.length());
            if (node == 0) {
                int b = startBit(key);
                starts[b >>> 6] |= 1L << b;
            }
            int next = child(node, key);
            if (next == 0) {
                if (2 * (edges + 1) > edgeChild.length) {
                    grow();
                }
                next = terminals.size();
                terminals.add(new ArrayList<>(1));
                putEdge(node, key, next);
                edges++;
            }
            node = next;
        }
        terminals.get(node).add(new Terminal<>(payload, List.copyOf(surfaceTokens), caseSensitive));
        maxDepth = Math.max(maxDepth, surfaceTokens.size());
        size++;
        return this;
    }

    /** Adds every variant of a phrase spec. */
    public PhraseIndex<T> add(PhraseSpec spec, T payload) {
        for (List<String> v : spec.variants()) {
            add(v, spec.caseSensitive(), payload);
        }
        return this;
    }

    public int size() {
        return size;
    }

    /** Every match of every phrase in the tokens, ordered by start then length (longest last). */
    public List<Match<T>> findAll(List<Token> tokens, CharSequence text) {
        List<Match<T>> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int b = startBit(tokens.get(i).norm());
            if ((starts[b >>> 6] & (1L << b)) == 0) {
                continue;   // no phrase starts with this word
            }
            int node = 0;
            for (int j = i; j < n && j - i < maxDepth; j++) {
                node = child(node, tokens.get(j).norm());
                if (node == 0) {
                    break;
                }
                List<Terminal<T>> ends = terminals.get(node);
                for (int k = 0; k < ends.size(); k++) {
                    Terminal<T> t = ends.get(k);
                    if (!t.caseSensitive() || sameSurface(t.surface(), tokens, i, text)) {
                        out.add(new Match<>(i, j + 1, t.payload()));
                    }
                }
            }
        }
        return out;
    }

    /** Leftmost-longest matches that do not overlap one another. */
    public List<Match<T>> findLongest(List<Token> tokens, CharSequence text) {
        List<Match<T>> all = findAll(tokens, text);
        List<Match<T>> out = new ArrayList<>();
        int covered = 0;
        int k = 0;
        while (k < all.size()) {
            int start = all.get(k).firstToken();
            Match<T> best = all.get(k);
            while (k < all.size() && all.get(k).firstToken() == start) {
                if (all.get(k).endToken() > best.endToken()) {
                    best = all.get(k);
                }
                k++;
            }
            if (start >= covered) {
                out.add(best);
                covered = best.endToken();
            }
        }
        return out;
    }

    private static boolean sameSurface(List<String> surface, List<Token> tokens, int from, CharSequence text) {
        for (int k = 0; k < surface.size(); k++) {
            Token t = tokens.get(from + k);
            String s = surface.get(k);
            if (t.length() != s.length()) {
                return false;
            }
            // compared in place: this runs for every case-sensitive match, so it must not allocate
            for (int c = 0; c < s.length(); c++) {
                if (text.charAt(t.start() + c) != s.charAt(c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
