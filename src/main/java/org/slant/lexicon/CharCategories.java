package org.slant.lexicon;

import java.util.BitSet;

/**
 * The Unicode general categories of RE2's {@code \p{..}} over {@link PatternSyntax}'s alphabet: exact on ASCII,
 * and every other character ({@link PatternSyntax#OTHER}) in each, since some non-ASCII character is in every
 * category (used by {@link CharSets}).
 */
final class CharCategories {

    private CharCategories() {
    }

    /** A Unicode general category (or the Latin script) on ASCII, with every other character. */
    static BitSet category(String name, boolean fold) throws PatternSyntax.Unsupported {
        BitSet s = new BitSet(PatternSyntax.SYMBOLS);
        boolean known = false;
        for (int c = 0; c < 128; c++) {
            String cat = name.equals("Latin") ? (Character.isLetter(c) ? "Latin" : "") : type(c);
            if (cat.equals(name) || cat.startsWith(name) && name.length() == 1) {
                s.set(c);
            }
        }
        for (String k : new String[]{"L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
                "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp",
                "Latin"}) {
            known |= k.equals(name);
        }
        if (!known) {
            throw new PatternSyntax.Unsupported("\\p{" + name + "}");
        }
        if (fold) {
            for (int c = 'A'; c <= 'Z'; c++) {
                if (s.get(c) || s.get(c + 32)) {
                    s.set(c);
                    s.set(c + 32);
                }
            }
        }
        s.set(PatternSyntax.OTHER);
        return s;
    }

    /** The two-letter general category of an ASCII character. */
    private static String type(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.CONTROL -> "Cc";
            default -> "?";
        };
    }
}
