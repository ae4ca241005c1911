package org.slant.extract.boilerplate;

import java.util.List;

/**
 * Names the kind of a block the model rejected (the model only says "not the article"): the nearest markup hint
 * when there is one; otherwise a link-dense block or one in a run of short rejected blocks is navigation (a
 * list), and a lone short line (a signature, a name) is meta.
 */
final class RejectedKinds {

    private RejectedKinds() {
    }

    static Category name(int i, List<BlockText> texts, Labels l, MarkupSignals mk) {
        if (mk.hintCategory[i] != null) {
            return mk.hintCategory[i];
        }
        BlockText b = texts.get(i);
        if (b.linkDensity() >= 0.5) {
            return Category.NAVIGATION;
        }
        if (b.words() > 4) {
            return Category.NAVIGATION;
        }
        // Only whether the run reaches 3 matters, so both walks stop there: linear, not quadratic, on pages
        // with long runs of short lines.
        int run = 1;
        for (int j = i - 1; run < 3 && j >= 0 && shortRejected(j, texts, l); j--) {
            run++;
        }
        for (int j = i + 1; run < 3 && j < texts.size() && shortRejected(j, texts, l); j++) {
            run++;
        }
        return run >= 3 ? Category.NAVIGATION : Category.META;
    }

    private static boolean shortRejected(int j, List<BlockText> texts, Labels l) {
        return texts.get(j).words() <= 8 && (l.label[j] == null || l.label[j] == Category.NAVIGATION)
                && l.rule[j] != null;
    }
}
