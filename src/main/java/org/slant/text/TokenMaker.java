package org.slant.text;

import java.nio.charset.StandardCharsets;

/**
 * Makes the {@link Tokenizer}'s tokens, with their forms' ids once {@link Forms#used()}: then a token whose
 * form is ASCII is made without a new string for a form seen before: the form is lowered into a buffer,
 * kept for the whole text, and looked up in {@link Forms}, which holds the one string of each form. The
 * same norms as {@link Tokenizer#norm}; other forms go through it. One per text; not thread-safe.
 */
final class TokenMaker {

    private byte[] buffer = new byte[32];

    /** The token of {@code text[from, to)}, whose offsets in the article are {@code base} further on. */
    Token token(char[] text, int base, int from, int to, Token.Type type, boolean glued) {
        if (!Forms.used()) {
            return new Token(base + from, base + to, type, Tokenizer.norm(text, from, to), glued, -1);
        }
        int length = to - from;
        if (length > buffer.length) {
            buffer = new byte[Math.max(length, 2 * buffer.length)];
        }
        byte[] b = buffer;
        int hash = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 0x80) {
                String norm = Tokenizer.norm(text, from, to);
                return new Token(base + from, base + to, type, norm, glued, Forms.of(norm));
            }
            byte lowered = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
            b[k - from] = lowered;
            hash = 31 * hash + lowered;   // String.hashCode of the Latin-1 form
        }
        int id = Forms.find(b, length, hash);
        if (id >= 0) {
            return new Token(base + from, base + to, type, Forms.form(id), glued, id);
        }
        String norm = new String(b, 0, length, StandardCharsets.ISO_8859_1);
        return new Token(base + from, base + to, type, norm, glued, Forms.of(norm));
    }

    /** A punctuation or symbol token whose form is not ASCII (curly quotes and the like). */
    static Token punctuation(Token.Type type, String norm, int i, int len) {
        return new Token(i, i + len, type, norm, false, Forms.used() ? Forms.of(norm) : -1);
    }
}
