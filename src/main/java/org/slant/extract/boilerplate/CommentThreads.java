package org.slant.extract.boilerplate;

import java.util.List;

/**
 * Readers' comment threads in a page's text. A blog theme signs every comment with short lines ("Jane says:",
 * "March 3, 2024 at 9:15 pm", "Reply"), which the lexicons mark with {@code role: comment}; between them sit the
 * comments, prose that reads like the article's and that the model alone keeps (in plain text there is no markup
 * to say where the thread begins). One such line can belong to an article ("The minister says:"); several close
 * together cannot: a thread is a run of at least {@link #MIN_SIGNATURES} signature lines, each within
 * {@link #MAX_GAP} blocks of the previous one, from its first signature to the last one and the comment after it
 * (at most {@link #TAIL} blocks that no rule decided).
 */
final class CommentThreads {

    /** Signature lines a thread needs: two could be an interview's "Q says:" pair. */
    static final int MIN_SIGNATURES = 3;
    /** Blocks between two signatures of one thread: a long comment is split into this many paragraphs at most. */
    static final int MAX_GAP = 12;
    /** Blocks after the last signature that still belong to its comment. */
    static final int TAIL = 3;

    static final String ROLE = "comment";

    private CommentThreads() {
    }

    /** For each block, true when it lies in a comment thread. */
    static boolean[] find(List<List<RuleHit>> hits, RuleHit[] deciding) {
        int n = hits.size();
        boolean[] in = new boolean[n];
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i <= n; i++) {
            boolean signature = i < n && signature(hits.get(i));
            if (i < n && !signature) {
                continue;
            }
            if (i == n || (last >= 0 && i - last > MAX_GAP)) {
                if (count >= MIN_SIGNATURES) {
                    mark(in, first, last, deciding);
                }
                first = -1;
                count = 0;
            }
            if (signature) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                count++;
            }
        }
        return in;
    }

    private static void mark(boolean[] in, int first, int last, RuleHit[] deciding) {
        int end = last + 1;
        while (end < in.length && end <= last + TAIL && deciding[end] == null) {
            end++;
        }
        for (int i = first; i < end; i++) {
            in[i] = true;
        }
    }

    private static boolean signature(List<RuleHit> hits) {
        for (RuleHit h : hits) {
            if (ROLE.equals(h.rule().role())) {
                return true;
            }
        }
        return false;
    }
}
