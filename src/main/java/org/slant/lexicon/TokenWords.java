package org.slant.lexicon;

import org.slant.text.Token;

import java.util.List;

/**
 * A token list's words in an array: under the launcher's quick compiler (C1) each {@code List.get} is a call,
 * and the search reads every token's word two or three times, for each lexicon; and their hashes:
 * {@link String#hashCode} is a call under C1 (too large to inline), and the pair check asks for two per
 * candidate token, one of them again at the next token (issue 21). An article's token list is searched by
 * five or more indexes in a row (actors, outlets, cues, not-speech, terminology): the arrays of the last
 * unmodifiable list searched on the thread are kept for the next search of the same list: an unmodifiable
 * list's elements never change, and the reference kept here stops the list from being collected, so no other
 * list can take its identity. Memory: one article's arrays per thread.
 */
final class TokenWords {
    private static final ThreadLocal<TokenWords> LAST = new ThreadLocal<>();
    /** The classes of {@code List.of} and {@code List.copyOf}, whose elements never change. */
    private static final Class<?> LIST_12 = List.of(1).getClass();
    private static final Class<?> LIST_N = List.of(1, 2, 3).getClass();

    final List<Token> tokens;
    final String[] words;
    final int[] hashes;

    private TokenWords(List<Token> tokens) {
        int n = tokens.size();
        this.tokens = tokens;
        words = new String[n];
        hashes = new int[n];
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).norm();
            words[i] = w;
            hashes[i] = w.hashCode();
        }
    }

    static TokenWords of(List<Token> tokens) {
        Class<?> c = tokens.getClass();
        if (c != LIST_N && c != LIST_12) {
            return new TokenWords(tokens);
        }
        TokenWords last = LAST.get();
        if (last == null || last.tokens != tokens) {
            last = new TokenWords(tokens);
            LAST.set(last);
        }
        return last;
    }
}
