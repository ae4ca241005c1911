package org.slant.extract.boilerplate;

import java.util.Locale;

/**
 * A readable listing of an article's block labels, one line per block: index, label, deciding rule, and the
 * start of the block's text. What the golden files hold and what {@code slant extract --blocks} prints.
 */
public final class LabelListing {

    private static final int WIDTH = 110;

    private LabelListing() {
    }

    public static String of(String id, Classification c) {
        StringBuilder b = new StringBuilder();
        Contamination k = Contamination.of(c);
        b.append(String.format(Locale.ROOT, "# %s: %d blocks, contamination %.3f%n", id, c.size(), k.ratio()));
        for (int i = 0; i < c.size(); i++) {
            BlockDecision d = c.decisions().get(i);
            b.append(String.format(Locale.ROOT, "%3d  %-10s %-30s %s%n", i, d.category().id(), d.rule(),
                    snippet(c.texts().get(i).text())));
        }
        return b.toString();
    }

    public static String snippet(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= WIDTH ? one : one.substring(0, WIDTH - 1) + "…";
    }
}
