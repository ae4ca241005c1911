package org.slant.extract.attribution;

import org.slant.text.Quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Quotations without a cue of their own that continue the one attributed just before: the next
 * sentence ("“...,” she said. “These cases take patience.”") or the next paragraph when it opens with
 * the quotation. The quotation must start its sentence, come at most one paragraph after the
 * attribution, follow it with no other attribution in between, and the attribution must itself hold a
 * direct quotation. Shudder quotes inside the narration never start a sentence, so they stay unattributed.
 */
final class Continuations {

    private Continuations() {
    }

    static List<Attribution> apply(Doc d, ContentSpans spans, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        out.sort(java.util.Comparator.comparingInt(Continuations::end));
        BitSet covered = new BitSet(d.text.length());
        for (Attribution a : out) {
            for (Attribution.Piece p : a.content()) {
                covered.set(p.start(), p.end());
            }
            covered.set(a.cueStart(), a.cueEnd());
            covered.set(a.sourceStart(), a.sourceEnd());
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : d.content.quotes()) {
            if (q.depth() == 0) {
                quotes.add(q);
            }
        }
        int next = 0; // index of the first attribution ending after the current quotation
        for (Quote q : quotes) {
            if (covered.get(q.contentStart()) || !opensSentence(d, q)) {
                continue;
            }
            while (next < out.size() && end(out.get(next)) <= q.start()) {
                next++;
            }
            if (next == 0) {
                continue;
            }
            int ai = next - 1;
            Attribution a = out.get(ai);
            if (a.depth() > 0 || a.quotes().isEmpty()) {
                continue;
            }
            int qTok = d.tokenAt(q.start());
            int aTok = d.tokenAt(Math.max(0, end(a) - 1));
            if (qTok >= d.n || d.paragraph(qTok) - d.paragraph(aTok) > 1 || between(d, covered, end(a), q.start())) {
                continue;
            }
            Attribution.Piece piece = spans.piece(q.start(), q.end());
            if (piece == null || !speechLike(d, q, piece)) {
                continue;
            }
            Attribution more = a.withMore(piece, true);
            out.set(ai, more);
            covered.set(q.start(), q.end());
        }
        return out;
    }

    /** Four words or more, or a full sentence: not a subheading in quote marks ("‘Have confidence’"). */
    private static boolean speechLike(Doc d, Quote q, Attribution.Piece piece) {
        int words = 0;
        boolean sentence = false;
        for (int k = d.tokenAt(piece.start()); k < d.n && d.tok(k).start() < piece.end(); k++) {
            words += d.isWord(k) ? 1 : 0;
            sentence |= d.isTerminal(k);
        }
        return words >= 4 || sentence;
    }

    private static int end(Attribution a) {
        return Math.max(a.contentEnd(), Math.max(a.cueEnd(), a.sourceEnd()));
    }

    /** The opening mark is the first token of its sentence. */
    private static boolean opensSentence(Doc d, Quote q) {
        int k = d.tokenAt(q.start());
        return k < d.n && d.tok(k).start() == q.start() && d.sentence(k).firstToken() == k;
    }

    /** Words between the attribution and the quotation that belong to neither: another paragraph of narration. */
    private static boolean between(Doc d, BitSet covered, int from, int to) {
        int k = d.tokenAt(from);
        int words = 0;
        while (k < d.n && d.tok(k).start() < to) {
            if (d.isWord(k) && !covered.get(d.tok(k).start())) {
                words++;
                if (words > 3) {
                    return true;
                }
            }
            k++;
        }
        return false;
    }
}
