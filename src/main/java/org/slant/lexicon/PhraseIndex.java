package org.slant.lexicon;

import org.slant.text.Forms;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final class Node<T> {
        final WordMap<Node<T>> next = new WordMap<>();
        /** the phrases that end here, in the order added; null when none (most nodes) */
        Terminal<T>[] terminals;
    }

    private record Terminal<T>(T payload, List<String> surface, boolean caseSensitive) {
    }

    private final Node<T> root = new Node<>();
    /**
     * A bit per hash bucket of the words that start a phrase: a token whose bit is clear starts none, and is
     * passed over without a lookup in the root's map. Most tokens start no phrase of a lexicon, and the
     * lookups, one per token for each lexicon, were an eighth of the real-text profile (issue 21); the bits
     * (2 kB) stay in the cache where the map's table does not.
     */
    private final long[] starts = new long[START_BITS / 64];
    /**
     * The same for the words after a phrase's first: most words that start a phrase are followed by one that
     * continues none, and its bit turns the second lookup away (about as many as the first, issue 21).
     */
    private final long[] follows = new long[START_BITS / 64];
    /**
     * The first words of one-word phrases, and the first two words of longer ones, as a pair: a common word
     * ("the", "all", "for") starts some phrase of most lexicons, but with the word after it, rarely. A token
     * whose word starts no one-word phrase and whose pair with the next starts no longer one starts no match,
     * and is passed over without a lookup (issue 21).
     */
    private final long[] alone = new long[START_BITS / 64];
    private final long[] pairs = new long[START_BITS / 64];
    private static final int START_BITS = 1 << 14;
    private int maxDepth;
    private int size;

    private static int startBit(String norm) {
        return startBit(norm.hashCode());
    }

    /** The bit of a word whose {@link String#hashCode} is {@code h}. */
    private static int startBit(int h) {
        return (h ^ (h >>> 12) ^ (h >>> 24)) & (START_BITS - 1);
    }

    private static int pairBit(String first, String second) {
        return pairBit(first.hashCode(), second.hashCode());
    }

    private static int pairBit(int first, int second) {
        int h = (first * 31 + second) * 0x9E3779B1;
        return (h ^ (h >>> 16)) & (START_BITS - 1);
    }

    private static boolean has(long[] bits, int b) {
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    /** Adds one phrase variant (its surface tokens) with what it should carry back. */
    public PhraseIndex<T> add(List<String> surfaceTokens, boolean caseSensitive, T payload) {
        Node<T> node = root;
        String first = null;
        for (int k = 0; k < surfaceTokens.size(); k++) {
            String s = surfaceTokens.get(k);
            String key = canonical(Tokenizer.norm(s, 0, s.length()));
            int b = startBit(key);
            if (k == 0) {
                starts[b >>> 6] |= 1L << b;
                first = key;
            } else {
                follows[b >>> 6] |= 1L << b;
            }
            if (k == 1) {
                int p = pairBit(first, key);
                pairs[p >>> 6] |= 1L << p;
            }
            node = node.next.computeIfAbsent(key, Node::new);
        }
        if (surfaceTokens.size() == 1) {
            int b = startBit(first);
            alone[b >>> 6] |= 1L << b;
        }
        Terminal<T> t = new Terminal<>(payload, List.copyOf(surfaceTokens), caseSensitive);
        if (node.terminals == null) {
            @SuppressWarnings("unchecked")
            Terminal<T>[] one = new Terminal[]{t};
            node.terminals = one;
        } else {
            node.terminals = Arrays.copyOf(node.terminals, node.terminals.length + 1);
            node.terminals[node.terminals.length - 1] = t;
        }
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

    /**
     * The one string of a word's form in {@link Forms}, which tokens carry once their forms have ids: a lookup of
     * such a token's word in the trie's maps then finds its key by identity, without comparing the strings.
     */
    private static String canonical(String key) {
        int id = Forms.of(key);
        return id < 0 ? key : Forms.form(id);
    }

    /** Every match of every phrase in the tokens, ordered by start then length (longest last). */
    public List<Match<T>> findAll(List<Token> tokens, CharSequence text) {
        TokenWords w = TokenWords.of(tokens);
        return find(tokens, w.words, w.hashes, text);
    }

    /**
     * As {@link #findAll(List, CharSequence)}, given each token's word's {@link String#hashCode} in
     * {@code hashes}: a caller that has read them (the boilerplate rules' block statistics do) spares the
     * search its pass over the tokens.
     */
    public List<Match<T>> findAll(List<Token> tokens, int[] hashes, CharSequence text) {
        if (hashes.length != tokens.size()) {
            throw new IllegalArgumentException("a hash per token");
        }
        return find(tokens, null, hashes, text);
    }

    /** The search, reading the words from {@code words} or, when null, from the tokens. */
    private List<Match<T>> find(List<Token> tokens, String[] words, int[] hashes, CharSequence text) {
        List<Match<T>> out = new ArrayList<>();
        int n = tokens.size();
        long[] starts = this.starts;
        long[] alone = this.alone;
        long[] pairs = this.pairs;
        for (int i = 0; i < n; i++) {
            int b = startBit(hashes[i]);
            if (!has(starts, b)) {
                continue;   // no phrase starts with this word
            }
            if (!has(alone, b) && (i + 1 == n || !has(pairs, pairBit(hashes[i], hashes[i + 1])))) {
                continue;   // nor with this word and the next
            }
            Node<T> node = root;
            for (int j = i; j < n && j - i < maxDepth; j++) {
                if (j > i && !has(follows, startBit(hashes[j]))) {
                    break;   // no phrase goes on with this word
                }
                String word = words != null ? words[j] : tokens.get(j).norm();
                node = node.next.get(word, hashes[j]);
                if (node == null) {
                    break;
                }
                Terminal<T>[] terminals = node.terminals;
                if (terminals != null) {
                    for (Terminal<T> t : terminals) {
                        if (!t.caseSensitive() || sameSurface(t.surface(), tokens, i, text)) {
                            out.add(new Match<>(i, j + 1, t.payload()));
                        }
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
