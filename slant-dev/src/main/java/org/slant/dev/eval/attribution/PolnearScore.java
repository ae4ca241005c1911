package org.slant.dev.eval.attribution;

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
            Agreement a = Agreement.NONE;
            for (BratAttributions.Gold g : gold) {
                a = a.or(agree(g, p));
            }
            count(cueExact, cueOverlap, true, a.cueExact(), a.cueOverlap(), true);
            count(sourceExact, sourceOverlap, p.hasSource(), a.sourceExact(), a.sourceOverlap(), true);
        }
        for (BratAttributions.Gold g : gold) {
            Agreement a = Agreement.NONE;
            for (Predicted p : pred) {
                a = a.or(agree(g, p));
            }
            count(cueExact, cueOverlap, true, a.cueExact(), a.cueOverlap(), false);
            count(sourceExact, sourceOverlap, g.source() != null, a.sourceExact(), a.sourceOverlap(), false);
        }
    }

    /** How a gold and a predicted attribution agree: cue exactly or overlapping, source likewise (with its cue). */
    private record Agreement(boolean cueExact, boolean cueOverlap, boolean sourceExact, boolean sourceOverlap) {
        static final Agreement NONE = new Agreement(false, false, false, false);

        Agreement or(Agreement o) {
            return new Agreement(cueExact || o.cueExact, cueOverlap || o.cueOverlap, sourceExact || o.sourceExact,
                    sourceOverlap || o.sourceOverlap);
        }
    }

    private static Agreement agree(BratAttributions.Gold g, Predicted p) {
        boolean ce = sameCue(g, p);
        boolean co = overlaps(g.cue().start(), g.cue().end(), p.cueStart(), p.cueEnd());
        boolean both = p.hasSource() && g.source() != null;
        return new Agreement(ce, co,
                both && ce && g.source().start() == p.sourceStart() && g.source().end() == p.sourceEnd(),
                both && co && overlaps(g.source().start(), g.source().end(), p.sourceStart(), p.sourceEnd()));
    }

    /** Counts one span (a prediction when {@code predicted}, else a gold span) that is {@code present}. */
    private static void count(Counts exact, Counts overlap, boolean present, boolean exactHit, boolean overlapHit,
                              boolean predicted) {
        if (!present) {
            return;
        }
        if (predicted) {
            exact.predicted++;
            overlap.predicted++;
            exact.tpP += exactHit ? 1 : 0;
            overlap.tpP += overlapHit ? 1 : 0;
        } else {
            exact.gold++;
            overlap.gold++;
            exact.tpR += exactHit ? 1 : 0;
            overlap.tpR += overlapHit ? 1 : 0;
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
