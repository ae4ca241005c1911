package org.slant.dev.eval.boilerplate;

import org.slant.extract.boilerplate.Category;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Block labels from a page's gold article text (WCXB's {@code main_content}), for training the block model: a
 * block of three words or more is content when at least half of its word trigrams occur in the gold text (a
 * paragraph the gold reworded slightly still counts; a teaser that shares a phrase does not); a shorter block
 * (a subheading, a label) is content only when it is a whole paragraph or line of the gold text, since a word
 * or two ("Share", "Related") occurs anywhere. Words are lower-cased {@code \w+} tokens, as WCXB scores them.
 */
final class GoldBlocks {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final Set<String> trigrams = new HashSet<>();
    private final Set<String> lines = new HashSet<>();

    GoldBlocks(String gold) {
        List<String> words = words(gold);
        for (int i = 0; i + 2 < words.size(); i++) {
            trigrams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        for (String line : gold.split("\n")) {
            List<String> w = words(line);
            if (!w.isEmpty()) {
                lines.add(String.join(" ", w));
            }
        }
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whether the text is part of the article. */
    boolean content(String text) {
        List<String> w = words(text);
        if (w.isEmpty()) {
            return false;
        }
        if (w.size() < 3) {
            return lines.contains(String.join(" ", w));
        }
        int hit = 0;
        for (int i = 0; i + 2 < w.size(); i++) {
            if (trigrams.contains(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2))) {
                hit++;
            }
        }
        return 2 * hit >= w.size() - 2;
    }

    /** One label per block: content, or navigation standing for any boilerplate (the model learns only which). */
    List<Category> label(String raw, List<Block> blocks) {
        List<Category> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(content(raw.substring(b.start(), b.end())) ? Category.CONTENT : Category.NAVIGATION);
        }
        return out;
    }
}
