package org.slant.extract.attribution;

import org.slant.text.Span;

import java.util.List;

/**
 * One attribution in clean-text offsets: the cue, the source phrase (which may be a phrase elsewhere
 * in the sentence when the source is shared: "..., adding that"), the content pieces (the first is the
 * main one; later ones continue a quotation in the next sentences or paragraphs), and who speaks.
 *
 * @param direct   the content is a direct quotation and nothing else
 * @param pattern  how it was found: quote-first, quote-last, reported, reported-first, according-to,
 *                 parenthetical, shared, possessive, headline
 * @param depth    0 for an attribution in the outlet's own voice; 1 when it sits inside another one's
 *                 content ("according to the ministry, Mr Shoigu told ...")
 * @param medium   the outlet the words were given to ("told AFP"), or null
 * @param quotes   direct quotations inside the content pieces (the pieces themselves when direct)
 */
public record Attribution(Cue cue, int cueStart, int cueEnd, int sourceStart, int sourceEnd, List<Piece> content,
                          Source source, boolean direct, String pattern, int depth, String medium,
                          List<Piece> quotes) {

    /** A content span. */
    public record Piece(int start, int end) implements Span {
    }

    public Attribution {
        content = List.copyOf(content);
        quotes = List.copyOf(quotes);
    }

    public Piece main() {
        return content.get(0);
    }

    /** The end of the last content piece. */
    public int contentEnd() {
        return content.get(content.size() - 1).end();
    }

    Attribution withDepth(int d) {
        return new Attribution(cue, cueStart, cueEnd, sourceStart, sourceEnd, content, source, direct, pattern, d,
                medium, quotes);
    }

    Attribution withMore(Piece piece, boolean isQuote) {
        List<Piece> c = new java.util.ArrayList<>(content);
        c.add(piece);
        List<Piece> q = new java.util.ArrayList<>(quotes);
        if (isQuote) {
            q.add(piece);
        }
        return new Attribution(cue, cueStart, cueEnd, sourceStart, sourceEnd, c, source, direct, pattern, depth,
                medium, q);
    }
}
