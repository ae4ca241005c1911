package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.model.Voice;
import org.slant.text.Quote;
import org.slant.text.Speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whose words a span of the clean text is in.
 * <ul>
 *   <li>Inside a quotation's content: {@code quoted}, with the speaker and affiliation of the direct
 *       speech (from attribution) that covers it, when there is one.</li>
 *   <li>Inside reported speech (attribution's {@code direct=false}): still {@code narrator}, because a
 *       paraphrase is in the outlet's own words — it chose "Kiev" in "officials say Kiev is involved" —
 *       but the finding records whose claim it paraphrases ({@code paraphrase_of}).</li>
 *   <li>Elsewhere: {@code narrator}.</li>
 * </ul>
 * Lookups are constant time: each speech span is painted once into an array over the text.
 */
final class Voices {

    /** The voice of a span and, when attribution knows it, the speaker. */
    record At(Voice voice, String speaker, String affiliation, boolean paraphrase) {
    }

    private final Content content;
    private final List<Speech> speeches;
    private final int[] direct;
    private final int[] reported;
    private final int[] coveredBefore;

    /** @param speeches attribution's speech spans, or null when attribution did not run */
    Voices(Content content, List<Speech> speeches) {
        this.content = content;
        this.speeches = speeches == null ? null : List.copyOf(speeches);
        int n = content.text().length();
        if (this.speeches == null) {
            direct = reported = coveredBefore = null;
            return;
        }
        direct = paint(n, true);
        reported = paint(n, false);
        int[] diff = new int[n + 1];
        for (Speech s : this.speeches) {
            mark(diff, s.contentStart(), s.contentEnd(), n);
            mark(diff, s.cueStart(), s.cueEnd(), n);
            mark(diff, s.sourceStart(), s.sourceEnd(), n);
        }
        coveredBefore = new int[n + 1];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            depth += diff[i];
            coveredBefore[i + 1] = coveredBefore[i] + (depth > 0 ? 1 : 0);
        }
    }

    boolean hasSpeech() {
        return speeches != null;
    }

    /** The voice of words at {@code [start, end)}. */
    At of(int start, int end) {
        Quote q = content.quoteAt(start, end);
        if (q != null) {
            Speech s = covering(direct, start, end);
            if (s == null) {
                s = covering(reported, start, end);
            }
            return s == null ? new At(Voice.QUOTED, null, null, false)
                    : new At(Voice.QUOTED, s.speaker(), s.affiliation(), false);
        }
        Speech d = covering(direct, start, end);
        if (d != null) {
            return new At(Voice.QUOTED, d.speaker(), d.affiliation(), false);
        }
        Speech r = covering(reported, start, end);
        if (r != null) {
            return new At(Voice.NARRATOR, r.speaker(), r.affiliation(), true);
        }
        return new At(Voice.NARRATOR, null, null, false);
    }

    /**
     * The voice of a scare quote: the quote marks are the outlet's device ({@code narrator}) unless the
     * quotation sits inside another one ({@code quoted}: the speaker's own scare quote); the speaker is
     * whoever attribution says the quoted words are from.
     */
    At ofScareQuote(Quote q) {
        At words = of(q.contentStart(), q.contentEnd());
        Voice v = q.depth() > 0 ? Voice.QUOTED : Voice.NARRATOR;
        return new At(v, words.speaker(), words.affiliation(), false);
    }

    /** Whether any speech span (content, cue or source) overlaps {@code [start, end)}. */
    boolean speechOverlaps(int start, int end) {
        if (coveredBefore == null) {
            return false;
        }
        int s = Math.max(0, Math.min(start, coveredBefore.length - 1));
        int e = Math.max(s, Math.min(end, coveredBefore.length - 1));
        return coveredBefore[e] - coveredBefore[s] > 0;
    }

    private int[] paint(int n, boolean wantDirect) {
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i++) {
            Speech s = speeches.get(i);
            if (s.direct() == wantDirect && s.contentStart() >= 0 && s.contentEnd() > s.contentStart()) {
                order.add(i);
            }
        }
        // longer spans first, so a speech nested in another owns its own characters
        order.sort(Comparator.comparingInt((Integer i) -> -(speeches.get(i).contentEnd() - speeches.get(i).contentStart()))
                .thenComparingInt(i -> i));
        for (int i : order) {
            Speech s = speeches.get(i);
            for (int k = s.contentStart(); k < Math.min(n, s.contentEnd()); k++) {
                owner[k] = i;
            }
        }
        return owner;
    }

    private Speech covering(int[] owner, int start, int end) {
        if (owner == null || start < 0 || start >= owner.length) {
            return null;
        }
        for (int at : new int[]{start, Math.max(start, end - 1)}) {
            int i = at < owner.length ? owner[at] : -1;
            if (i >= 0 && speeches.get(i).contentStart() <= start && speeches.get(i).contentEnd() >= end) {
                return speeches.get(i);
            }
        }
        return null;
    }

    private static void mark(int[] diff, int start, int end, int n) {
        if (start < 0 || end <= start) {
            return;
        }
        diff[Math.min(start, n)]++;
        diff[Math.min(end, n)]--;
    }
}
