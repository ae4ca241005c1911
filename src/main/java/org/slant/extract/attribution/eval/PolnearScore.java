package org.slant.extract.attribution.eval;

import org.slant.text.Token;

import java.util.List;

/**
 * Precision, recall and F1 of cue and source spans against PolNeAR, at three grains: tokens, exact
 * spans and overlapping spans. A predicted source counts only when its own cue matches the cue of the
 * gold attribution whose source it matches (at the same grain; overlap for tokens). Counts accumulate
 * over articles (micro-averaged).
 */
public final class PolnearScore {

    /** A predicted attribution in raw offsets; source bounds are -1 when it has no source of its own. */
    public record Predicted(int cueStart, int cueEnd, int sourceStart, int sourceEnd) {
        boolean hasSource() {
            return sourceStart >= 0;
        }
    }

    /** True positives for precision and recall separately (exact matches can differ in number), and totals. */
    public static final class Counts {
        long tpP;
        long tpR;
        long predicted;
        long gold;

        public double precision() {
            return predicted == 0 ? 0 : tpP / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : tpR / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public final Counts cueTokens = new Counts();
    public final Counts cueExact = new Counts();
    public final Counts cueOverlap = new Counts();
    public final Counts sourceTokens = new Counts();
    public final Counts sourceExact = new Counts();
    public final Counts sourceOverlap = new Counts();

    /** Adds one article. */
    public void add(List<Token> tokens, List<BratAttributions.Gold> gold, List<Predicted> pred) {
        tokens(tokens, gold, pred);
        for (Predicted p : pred) {
            cueExact.predicted++;
            cueOverlap.predicted++;
            boolean exact = false;
            boolean overlap = false;
            boolean srcExact = false;
            boolean srcOverlap = false;
            for (BratAttributions.Gold g : gold) {
                boolean ce = sameCue(g, p);
                boolean co = overlaps(g.cue().start(), g.cue().end(), p.cueStart(), p.cueEnd());
                exact |= ce;
                overlap |= co;
                if (p.hasSource() && g.source() != null) {
                    srcExact |= ce && g.source().start() == p.sourceStart() && g.source().end() == p.sourceEnd();
                    srcOverlap |= co && overlaps(g.source().start(), g.source().end(), p.sourceStart(), p.sourceEnd());
                }
            }
            cueExact.tpP += exact ? 1 : 0;
            cueOverlap.tpP += overlap ? 1 : 0;
            if (p.hasSource()) {
                sourceExact.predicted++;
                sourceOverlap.predicted++;
                sourceExact.tpP += srcExact ? 1 : 0;
                sourceOverlap.tpP += srcOverlap ? 1 : 0;
            }
        }
        for (BratAttributions.Gold g : gold) {
            cueExact.gold++;
            cueOverlap.gold++;
            boolean exact = false;
            boolean overlap = false;
            boolean srcExact = false;
            boolean srcOverlap = false;
            for (Predicted p : pred) {
                boolean ce = sameCue(g, p);
                boolean co = overlaps(g.cue().start(), g.cue().end(), p.cueStart(), p.cueEnd());
                exact |= ce;
                overlap |= co;
                if (p.hasSource() && g.source() != null) {
                    srcExact |= ce && g.source().start() == p.sourceStart() && g.source().end() == p.sourceEnd();
                    srcOverlap |= co && overlaps(g.source().start(), g.source().end(), p.sourceStart(), p.sourceEnd());
                }
            }
            cueExact.tpR += exact ? 1 : 0;
            cueOverlap.tpR += overlap ? 1 : 0;
            if (g.source() != null) {
                sourceExact.gold++;
                sourceOverlap.gold++;
                sourceExact.tpR += srcExact ? 1 : 0;
                sourceOverlap.tpR += srcOverlap ? 1 : 0;
            }
        }
    }

    private static boolean sameCue(BratAttributions.Gold g, Predicted p) {
        return g.cue().start() == p.cueStart() && g.cue().end() == p.cueEnd();
    }

    private static boolean overlaps(int a, int b, int c, int e) {
        return a < e && c < b;
    }

    /** Token grain: each word or punctuation token of the text is labelled cue, source or neither. */
    private void tokens(List<Token> tokens, List<BratAttributions.Gold> gold, List<Predicted> pred) {
        for (Token t : tokens) {
            boolean goldCue = false;
            boolean predCue = false;
            boolean goldSrc = false;
            boolean predSrc = false;
            boolean srcHit = false;
            for (BratAttributions.Gold g : gold) {
                goldCue |= inside(t, g.cue());
                goldSrc |= g.source() != null && inside(t, g.source());
            }
            for (Predicted p : pred) {
                boolean inCue = t.start() >= p.cueStart() && t.end() <= p.cueEnd();
                boolean inSrc = p.hasSource() && t.start() >= p.sourceStart() && t.end() <= p.sourceEnd();
                predCue |= inCue;
                predSrc |= inSrc;
                if (inSrc) {
                    for (BratAttributions.Gold g : gold) {
                        if (g.source() != null && inside(t, g.source())
                                && overlaps(g.cue().start(), g.cue().end(), p.cueStart(), p.cueEnd())) {
                            srcHit = true;
                        }
                    }
                }
            }
            count(cueTokens, goldCue, predCue, goldCue && predCue);
            count(sourceTokens, goldSrc, predSrc, srcHit);
        }
    }

    private static void count(Counts c, boolean gold, boolean pred, boolean hit) {
        c.gold += gold ? 1 : 0;
        c.predicted += pred ? 1 : 0;
        c.tpP += hit ? 1 : 0;
        c.tpR += hit ? 1 : 0;
    }

    private static boolean inside(Token t, BratAttributions.Span s) {
        for (int[] f : s.fragments()) {
            if (t.start() >= f[0] && t.end() <= f[1]) {
                return true;
            }
        }
        return false;
    }
}
