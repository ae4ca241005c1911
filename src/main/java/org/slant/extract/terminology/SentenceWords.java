package org.slant.extract.terminology;

import org.slant.text.Sentence;
import org.slant.text.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sentence each token is in, and the word norms of a sentence, computed once per sentence on
 * first use, so "near" conditions cost one pass over each sentence that needs them.
 */
final class SentenceWords {

    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOf;
    private final Map<Integer, Set<String>> words = new HashMap<>();

    SentenceWords(List<Token> tokens, List<Sentence> sentences) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.size()];
        java.util.Arrays.fill(sentenceOf, -1);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            for (int t = sent.firstToken(); t < sent.endToken() && t < tokens.size(); t++) {
                sentenceOf[t] = s;
            }
        }
    }

    /** The index of the sentence holding the token, or -1. */
    int sentenceOf(int token) {
        return token >= 0 && token < sentenceOf.length ? sentenceOf[token] : -1;
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** Word norms of the sentence holding the token (just the token when it is in none). */
    Set<String> wordsAround(int token) {
        int s = sentenceOf(token);
        if (s < 0) {
            return Set.of(tokens.get(token).norm());
        }
        return words.computeIfAbsent(s, k -> {
            Sentence sent = sentences.get(k);
            Set<String> out = new HashSet<>();
            for (int t = sent.firstToken(); t < sent.endToken() && t < tokens.size(); t++) {
                out.add(tokens.get(t).norm());
            }
            return out;
        });
    }
}
