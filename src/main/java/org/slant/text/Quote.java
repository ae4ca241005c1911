package org.slant.text;

/**
 * A quotation in a text: from its opening mark to its closing mark.
 *
 * @param start          the opening mark
 * @param end            one past the closing mark, or the end of the paragraph when never closed
 * @param contentStart   first character inside the marks
 * @param contentEnd     one past the last character inside the marks
 * @param depth          0 for an outer quotation, 1 for a quotation inside it, ...
 * @param closed         false when the text never closed it (it is cut at the paragraph end)
 * @param paragraphs     how many paragraphs it runs over (a paragraph opening with a quote mark
 *                       continues the unclosed quotation of the paragraph before)
 * @param single         true for single quote marks
 */
public record Quote(int start, int end, int contentStart, int contentEnd, int depth, boolean closed,
                    int paragraphs, boolean single) implements Span {

    public boolean containsContent(int from, int to) {
        return from >= contentStart && to <= contentEnd;
    }
}
