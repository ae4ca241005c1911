package org.slant.extract.attribution;

import org.slant.text.Sentence;
import org.slant.text.Token;

import java.util.List;

/**
 * What {@link Doc} works out once about an article's layout: the paragraph of each sentence and the tokens of
 * Markdown link syntax. Linear passes over the text and the tokens.
 */
final class DocLayout {

    private DocLayout() {
    }

    /** A paragraph index per sentence: a blank line (or the start of a new block) between two sentences. */
    static int[] paragraphs(String text, List<Sentence> sentences) {
        int[] out = new int[sentences.size()];
        int p = 0;
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0 && blankLineBetween(text, sentences.get(s - 1).end(), sentences.get(s).start())) {
                p++;
            }
            out[s] = p;
        }
        return out;
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u2029') {
                if (++newlines >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Marks "[" before a word and "](...)" link targets, bounded so a stray bracket stays cheap. {@code single}:
     * per token, its word's one character, or -1 when the word is longer (see {@link Doc}): the marks are
     * looked for among one-character words without comparing strings.
     */
    static boolean[] markup(Token[] tokens, int[] single) {
        int n = tokens.length;
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            int c = single[i];
            if (c != '[' && c != ']') {
                continue;
            }
            Token t = tokens[i];
            if (t.type() != Token.Type.PUNCT || t.length() != 1) {
                continue;
            }
            if (c == '[' && i + 1 < n && tokens[i + 1].start() == t.end()) {
                m[i] = true;
            } else if (c == ']') {
                m[i] = true;
                if (i + 1 < n && single[i + 1] == '(' && tokens[i + 1].start() == t.end()) {
                    int k = i + 1;
                    while (k < n && k - i < 24 && single[k] != ')') {
                        m[k++] = true;
                    }
                    if (k < n && single[k] == ')') {
                        m[k] = true;
                        i = k;
                    }
                }
            }
        }
        return m;
    }
}
