package org.slant.text;

/**
 * A token of some text: a word, a number, a punctuation mark or another symbol.
 *
 * @param norm  the matching form: lower case, curly apostrophes straightened, accents removed
 * @param glued true when the token was joined to the previous one by a hyphen ("neo-Nazi" gives
 *              "neo" and a glued "nazi"): matching ignores the hyphen, word counts count one word
 * @param form  the id of {@code norm} in {@link Forms}, or -1 when it has none (no consumer asked for
 *              ids, or Forms is full): for consumers that keep something per form in an array
 */
public record Token(int start, int end, Type type, String norm, boolean glued, int form) implements Span {

    public enum Type { WORD, NUMBER, PUNCT, SYMBOL }

    /** A token whose form's id is looked up (or given) here, as the tokenizer would. */
    public Token(int start, int end, Type type, String norm, boolean glued) {
        this(start, end, type, norm, glued, Forms.used() ? Forms.of(norm) : -1);
    }

    public boolean isWord() {
        return type == Type.WORD || type == Type.NUMBER;
    }

    /** A word that counts towards word totals: glued parts of a hyphenated word are not counted again. */
    public boolean countsAsWord() {
        return isWord() && !glued;
    }

    public boolean is(String normForm) {
        return norm.equals(normForm);
    }
}
