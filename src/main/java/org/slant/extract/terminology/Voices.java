package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.model.Voice;
import org.slant.text.Quote;
import org.slant.text.Speech;

import java.util.Arrays;
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
 * Each kind of speech is painted once, not over the characters of the text but over the segments its
 * spans' edges cut the text into ({@link SpanOwners}); lookups are binary searches. An article has far
 * fewer speeches than characters, and painting arrays as long as the text was a fifth of the terminology
 * stage's time (issue 21).
 */
final class Voices {

    /** The voice of a span and, when attribution knows it, the speaker. */
    record At(Voice voice, String speaker, String affiliation, boolean paraphrase) {
    }

    private final Content content;
    private final List<Speech> speeches;
    private final int length;
    private final SpanOwners direct;
    private final SpanOwners reported;
    /** Every speech span (content, cue and source), merged: starts and ends in order. */
    private final int[] coveredStarts;
    private final int[] coveredEnds;

    /** @param speeches attribution's speech spans, or null when attribution did not run */
    Voices(Content content, List<Speech> speeches) {
        this.content = content;
        this.speeches = speeches == null ? null : List.copyOf(speeches);
        this.length = content.text().length();
        if (this.speeches == null) {
            direct = reported = null;
            coveredStarts = coveredEnds = null;
            return;
        }
        direct = paint(true);
        reported = paint(false);
        // every span as start << 32 | end, sorted by start (offsets are not negative), then merged
        long[] spans = new long[3 * this.speeches.size()];
        int count = 0;
        for (Speech s : this.speeches) {
            count = add(spans, count, s.contentStart(), s.contentEnd());
            count = add(spans, count, s.cueStart(), s.cueEnd());
            count = add(spans, count, s.sourceStart(), s.sourceEnd());
        }
        Arrays.sort(spans, 0, count);
        int[] starts = new int[count];
        int[] ends = new int[count];
        int m = 0;
        for (int k = 0; k < count; k++) {
            int a = (int) (spans[k] >>> 32);
            int b = (int) spans[k];
            if (m > 0 && a <= ends[m - 1]) {
                ends[m - 1] = Math.max(ends[m - 1], b);
            } else {
                starts[m] = a;
                ends[m++] = b;
            }
        }
        coveredStarts = Arrays.copyOf(starts, m);
        coveredEnds = Arrays.copyOf(ends, m);
    }

    /** Adds a speech span, cut to the text, at {@code spans[count]}; none when empty or unknown (start -1). */
    private int add(long[] spans, int count, int start, int end) {
        if (start < 0 || end <= start) {
            return count;
        }
        int a = Math.min(start, length);
        int b = Math.min(end, length);
        if (a < b) {
            spans[count++] = (long) a << 32 | b;
        }
        return count;
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
        if (coveredStarts == null) {
            return false;
        }
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        // the first merged span ending after s overlaps [s, e) when it starts before e
        int lo = 0;
        int hi = coveredEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (coveredEnds[mid] <= s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < coveredStarts.length && coveredStarts[lo] < e;
    }

    private SpanOwners paint(boolean wantDirect) {
        // longer spans first, so a speech nested in another owns its own characters; equal lengths in
        // list order: each as (max - length) << 32 | index, sorted
        long[] order = new long[speeches.size()];
        int count = 0;
        for (int i = 0; i < speeches.size(); i++) {
            Speech s = speeches.get(i);
            if (s.direct() == wantDirect && s.contentStart() >= 0 && s.contentEnd() > s.contentStart()) {
                order[count++] = (long) (Integer.MAX_VALUE - (s.contentEnd() - s.contentStart())) << 32 | i;
            }
        }
        Arrays.sort(order, 0, count);
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] ids = new int[count];
        for (int k = 0; k < count; k++) {
            ids[k] = (int) order[k];
            Speech s = speeches.get(ids[k]);
            starts[k] = s.contentStart();
            ends[k] = Math.min(length, s.contentEnd());
        }
        return SpanOwners.paint(starts, ends, ids);
    }

    private Speech covering(SpanOwners owners, int start, int end) {
        if (owners == null || start < 0 || start >= length) {
            return null;
        }
        for (int at : new int[]{start, Math.max(start, end - 1)}) {
            int i = at < length ? owners.at(at) : -1;
            if (i >= 0 && speeches.get(i).contentStart() <= start && speeches.get(i).contentEnd() >= end) {
                return speeches.get(i);
            }
        }
        return null;
    }
}
