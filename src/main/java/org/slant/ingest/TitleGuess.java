package org.slant.ingest;

import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.util.List;

/**
 * Guesses a plain-text article's title: the first of its first few blocks that reads like a headline
 * (one line, 3 to 30 words, no final full stop, not a "Label: value" line, a byline or a link).
 */
public final class TitleGuess {

    // compiled once: String.matches/split/replaceFirst compiled these for every block of every article
    private static final java.util.regex.Pattern HASHES = java.util.regex.Pattern.compile("^#+\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LABEL_WORD = java.util.regex.Pattern.compile(
            "(?i)^(by|categories|category|tags?|region|theme|published|posted|updated|source)\\b.*");
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^[\\p{L} ]{1,20}:\\s.*");

    private TitleGuess() {
    }

    public static String guess(String raw) {
        List<Block> blocks = BlockSplitter.first(raw, 4);   // the title is among the first four
        for (int i = 0; i < Math.min(4, blocks.size()); i++) {
            String t = HASHES.matcher(blocks.get(i).in(raw).strip()).replaceFirst("");
            if (looksLikeTitle(t)) {
                return t;
            }
        }
        return null;
    }

    static boolean looksLikeTitle(String t) {
        if (t.indexOf('\n') >= 0 || t.length() > 200) {
            return false;
        }
        int words = SPACES.split(t).length;
        if (words < 3 || words > 30) {
            return false;
        }
        if (t.endsWith(".") && !t.endsWith("..")) {
            return false;
        }
        if (LABEL_WORD.matcher(t).matches() || LABEL.matcher(t).matches() || t.startsWith("[") || t.startsWith("<") || t.startsWith("http")) {
            return false;
        }
        return Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.charAt(0));
    }
}
