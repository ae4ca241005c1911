package org.slant.text;

import java.util.Arrays;
import java.util.List;

/**
 * Answers "which quotation is this character inside?" in constant time. Built in one pass over the
 * quotations (outer before inner, so inner ones overwrite), linear in the text since nesting is capped.
 */
public final class QuoteIndex {

    private final List<Quote> quotes;
    private final int[] owner;

    public QuoteIndex(List<Quote> quotes, int textLength) {
        this.quotes = quotes;
        this.owner = new int[textLength];
        Arrays.fill(owner, -1);
        Integer[] order = new Integer[quotes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(quotes.get(a).depth(), quotes.get(b).depth()));
        for (int qi : order) {
            Quote q = quotes.get(qi);
            for (int k = q.contentStart(); k < q.contentEnd() && k < textLength; k++) {
                owner[k] = qi;
            }
        }
    }

    /** The innermost quotation holding the character at {@code offset}, or null. */
    public Quote at(int offset) {
        if (offset < 0 || offset >= owner.length || owner[offset] < 0) {
            return null;
        }
        return quotes.get(owner[offset]);
    }

    /** The innermost quotation whose inside holds the whole range, or null. */
    public Quote covering(int from, int to) {
        Quote q = at(from);
        while (q != null && !q.containsContent(from, to)) {
            q = enclosing(q);
        }
        return q;
    }

    /** The quotation around an inner one: the owner of the inner one's opening mark. */
    private Quote enclosing(Quote inner) {
        Quote q = at(inner.start());
        return q != null && q.depth() < inner.depth() ? q : null;
    }
}
