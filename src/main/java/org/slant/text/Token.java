package org.slant.text;

/**
 * A token of some text: a word, a number, a punctuation mark or another symbol.
 *
 * @param norm  the matching form: lower case, curly apostrophes straightened, accents removed
 * @param glued true when the token was joined to the previous one by a hyphen ("neo-Nazi" gives
 *              "neo" and a glued "nazi"): matching ignores the hyphen, word counts count one word
 */
public record Token(int start, int end, Type type, String norm, boolean glued) implements Span {

    public enum Type { WORD, NUMBER, PUNCT, SYMBOL }

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
