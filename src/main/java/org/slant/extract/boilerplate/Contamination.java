package org.slant.extract.boilerplate;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much of an article is not the article. Counted in non-whitespace characters of the blocks (so that blank
 * lines, indentation and the markup's layout do not count, and a long paragraph weighs what it holds):
 * {@code contamination.ratio} = non-space characters in non-content blocks / non-space characters in all blocks
 * (0 when the article has no characters; 1.0 when every block is boilerplate). Every category's characters are
 * given every time, zero when absent, so that CSV columns are stable.
 */
public record Contamination(int totalChars, Map<Category, Integer> chars, int spamBlocks) {

    public static Contamination of(Classification c) {
        Map<Category, Integer> chars = new EnumMap<>(Category.class);
        for (Category cat : Category.values()) {
            chars.put(cat, 0);
        }
        int total = 0;
        int spam = 0;
        for (int i = 0; i < c.size(); i++) {
            int k = c.texts().get(i).nonSpace();
            total += k;
            Category cat = c.category(i);
            chars.merge(cat, k, Integer::sum);
            if (cat == Category.SPAM) {
                spam++;
            }
        }
        return new Contamination(total, Map.copyOf(chars), spam);
    }

    public int boilerplateChars() {
        return totalChars - chars.get(Category.CONTENT);
    }

    public double ratio() {
        return totalChars == 0 ? 0 : (double) boilerplateChars() / totalChars;
    }
}
