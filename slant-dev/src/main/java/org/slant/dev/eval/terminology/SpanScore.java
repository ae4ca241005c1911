package org.slant.dev.eval.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Span precision, recall and F1 with partial-overlap credit, as the SemEval-2020 Task 11 span scorer
 * defines them: for predicted spans S and gold spans T of the same documents,
 * P = (1/|S|) Σ_s Σ_t |s∩t|/|s|, R = (1/|T|) Σ_t Σ_s |s∩t|/|t|, F1 = 2PR/(P+R).
 * Spans are merged within each set and document first, so overlapping gold spans (one phrase labelled
 * with two techniques) are not counted twice. Accumulates document by document.
 */
public final class SpanScore {

    /** A half-open character span {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    private double precisionSum;
    private double recallSum;
    private int predicted;
    private int gold;

    /** Adds one document's predicted and gold spans. */
    public SpanScore add(List<Span> predictedSpans, List<Span> goldSpans) {
        List<Span> s = merge(predictedSpans);
        List<Span> t = merge(goldSpans);
        predicted += s.size();
        gold += t.size();
        for (Span p : s) {
            precisionSum += overlap(p, t) / (double) (p.end() - p.start());
        }
        for (Span g : t) {
            recallSum += overlap(g, s) / (double) (g.end() - g.start());
        }
        return this;
    }

    public int predicted() {
        return predicted;
    }

    public int gold() {
        return gold;
    }

    public double precision() {
        return predicted == 0 ? 0 : precisionSum / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : recallSum / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Characters of {@code span} covered by the (merged, ordered) spans. */
    static long overlap(Span span, List<Span> spans) {
        long n = 0;
        for (Span o : spans) {
            if (o.start() >= span.end()) {
                break;
            }
            n += Math.max(0, Math.min(span.end(), o.end()) - Math.max(span.start(), o.start()));
        }
        return n;
    }

    /** Non-empty spans, ordered, with overlapping ones joined. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans.stream().filter(s -> s.end() > s.start()).toList());
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() < out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
