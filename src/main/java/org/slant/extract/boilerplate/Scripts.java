package org.slant.extract.boilerplate;

/**
 * Letters by writing system. A block whose letters are mostly in another script than the article's is
 * injected text (a Russian casino entry in an English page); a few letters of another script (a Cyrillic
 * photo credit after an English caption) are not.
 */
public final class Scripts {

    /** Script classes counted per block. */
    public static final int LATIN = 0;
    public static final int CYRILLIC = 1;
    public static final int GREEK = 2;
    public static final int ARABIC = 3;
    public static final int HEBREW = 4;
    public static final int CJK = 5;
    public static final int OTHER = 6;
    public static final int COUNT = 7;

    private static final String[] NAMES = {"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "CJK", "other"};

    private Scripts() {
    }

    public static String name(int script) {
        return NAMES[script];
    }

    /** The script class of a letter. */
    public static int of(int codePoint) {
        if (codePoint < 0x250) {
            return LATIN;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return switch (s) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case HAN, HIRAGANA, KATAKANA, HANGUL -> CJK;
            default -> OTHER;
        };
    }

    /** The script with the most letters. */
    public static int dominant(long[] letters) {
        int best = LATIN;
        for (int i = 0; i < letters.length; i++) {
            if (letters[i] > letters[best]) {
                best = i;
            }
        }
        return best;
    }
}
