package org.slant.extract.attribution.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned attribution model (version 5): a cue classifier gives each token a probability of being in a
 * cue; a two-threshold decoder makes cues of them (the thresholds chosen on held-out training articles for the
 * best cue F1 with precision at least 0.85; {@link #bestF1()} gives those of the best F1 of all): a run of consecutive tokens of one sentence, each at
 * least {@code cue.low} likely and none inside a quotation, is a cue when one of its tokens reaches
 * {@code cue.high} (a confident head such as "said" carries its weaker neighbours "in a statement"; a weak
 * "about" alone is no cue). Runs longer than {@link #MAX_CUE} tokens are cut, which keeps the source search
 * bounded; a run of punctuation alone or a bracketed source credit is no cue, a run ending in a dangling "in an"
 * loses it, and the auxiliaries just before a run join it ("has" of "has said") ({@link CueEdges}). For each cue a source classifier labels the tokens of its sentence within {@link #WINDOW}
 * tokens in or out of its source (after the cue only, for a passive or "seems": {@link SubjectlessCues}), and the
 * run of source tokens with the most confident token is the source, its joining words and auxiliaries trimmed
 * ({@link SourceEdges}); a cue coordinated with an earlier verb takes the subject the rules share with it
 * ({@link SharedSubjects}). Every token is scored once for cues and at most 2×WINDOW+MAX_CUE times for sources:
 * linear in the text.
 */
public final class AttributionModel {

    /** How far from its cue a source may start, in tokens (PolNeAR sources sit almost always within it). */
    public static final int WINDOW = 30;
    /** The longest cue, in tokens (longer runs are cut; PolNeAR cues of more than 12 tokens are rare). */
    public static final int MAX_CUE = 12;

    public static final String CUE_RESOURCE = "/models/attribution-cue-v5.bin";
    public static final String SOURCE_RESOURCE = "/models/attribution-source-v5.bin";

    private static volatile AttributionModel shipped;

    private final HashedModel cue;
    private final HashedModel source;
    private final double high;
    private final double low;
    private final double sourceThreshold;

    public AttributionModel(HashedModel cue, HashedModel source) {
        this(cue, source, cue.threshold("cue.high", 0.5), cue.threshold("cue.low", 0.5), source.threshold("threshold", 0.5));
    }

    /** The same classifiers decoded at the thresholds that gave the best cue F1 on the tuning part, precision aside. */
    public AttributionModel bestF1() {
        return new AttributionModel(cue, source, cue.threshold("cue.high.f1", high), cue.threshold("cue.low.f1", low),
                sourceThreshold);
    }

    /** The decision thresholds: cue high, cue low, source. */
    public double[] thresholds() {
        return new double[]{high, low, sourceThreshold};
    }

    /** The model with other decision thresholds (the trainer's tuning). */
    public AttributionModel(HashedModel cue, HashedModel source, double high, double low, double sourceThreshold) {
        this.cue = cue;
        this.source = source;
        this.high = high;
        this.low = Math.min(low, high);
        this.sourceThreshold = sourceThreshold;
    }

    /** The model shipped in the jar, read once on first use (no network; about 3 MB of binary weights). */
    public static AttributionModel shipped() {
        AttributionModel m = shipped;
        if (m == null) {
            synchronized (AttributionModel.class) {
                m = shipped;
                if (m == null) {
                    m = new AttributionModel(HashedModel.resource(CUE_RESOURCE), HashedModel.resource(SOURCE_RESOURCE));
                    shipped = m;
                }
            }
        }
        return m;
    }

    /** A cue in tokens {@code [cueFirst, cueEnd)} and its source {@code [sourceFirst, sourceEnd)} (-1 when none). */
    public record Found(int cueFirst, int cueEnd, int sourceFirst, int sourceEnd) {
        public boolean hasSource() {
            return sourceFirst >= 0;
        }
    }

    /** The rule id of the findings the model makes ({@code model.cue@5}). */
    public String cueId() {
        return cue.id();
    }

    public String sourceId() {
        return source.id();
    }

    public List<Found> find(ModelInput in) {
        return find(in, cueProbabilities(in));
    }

    /** Cues decoded from the given token probabilities, each with its source. */
    public List<Found> find(ModelInput in, double[] p) {
        List<int[]> cues = runs(in, p);
        boolean[] isCue = new boolean[in.n];
        for (int[] c : cues) {
            for (int k = c[0]; k < c[1]; k++) {
                isCue[k] = true;
            }
        }
        int[] cuesBefore = SourceFeatures.prefix(isCue);
        List<Found> out = new ArrayList<>(cues.size());
        Sum sum = new Sum(source);
        for (int[] c : cues) {
            // the source is looked for as the classifier saw the cue, before its auxiliaries were taken in
            Found f = withSource(in, isCue, cuesBefore, c[0], c[2], c[1], sum);
            out.add(new Found(c[0], c[1], f.sourceFirst(), f.sourceEnd()));
        }
        return out;
    }

    /** Whether tokens {@code a} and {@code b} are in one sentence. */
    public static boolean sameSentence(ModelInput in, int a, int b) {
        return in.sentence[a] == in.sentence[b];
    }

    /** The cue classifier's probability for every token (0 inside a quotation, where the decoder takes no cue). */
    public double[] cueProbabilities(ModelInput in) {
        double[] p = new double[in.n];
        Sum sum = new Sum(cue);
        for (int i = 0; i < in.n; i++) {
            if (in.quoted[i]) {
                continue;
            }
            CueFeatures.emit(in, i, sum);
            p[i] = HashedModel.sigmoid(sum.take());
        }
        return p;
    }

    /** The decoder: runs at {@code low} or above within a sentence, outside quotations, holding a token at {@code high}. */
    public List<int[]> cues(ModelInput in, double[] p) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : runs(in, p)) {
            out.add(new int[]{r[0], r[1]});
        }
        return out;
    }

    /** The decoded cues as {start, end, the start of the classifier's run before auxiliaries joined it}. */
    private List<int[]> runs(ModelInput in, double[] p) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int lastEnd = 0;
        while (i < in.n) {
            if (!candidate(in, p, i)) {
                i++;
                continue;
            }
            int first = i;
            double max = 0;
            while (i < in.n && candidate(in, p, i) && in.sentence[i] == in.sentence[first] && i - first < MAX_CUE) {
                max = Math.max(max, p[i]);
                i++;
            }
            if (max >= high && !CueEdges.bare(in.tokens, first, i) && !CueEdges.credit(in.tokens, first, i)) {
                int end = CueEdges.end(in.tokens, first, i);
                out.add(new int[]{CueEdges.start(in, first, lastEnd), end, first});
                lastEnd = end;
            }
        }
        return out;
    }

    private boolean candidate(ModelInput in, double[] p, int i) {
        return p[i] >= low && !in.quoted[i];
    }

    private Found withSource(ModelInput in, boolean[] isCue, int[] cuesBefore, int start, int cf, int ce, Sum sum) {
        if (sourceThreshold > 1) {
            return new Found(cf, ce, -1, -1); // (a threshold no probability reaches: the trainer's cue tuning)
        }
        int from = SubjectlessCues.at(in.tokens, cf, ce) ? ce : Math.max(in.sentFirst[cf], cf - WINDOW);
        int to = Math.min(in.sentEnd[cf], ce + WINDOW);
        if (SharedSubjects.at(in, start)) {
            int[] shared = SharedSubjects.rules(in, start, ce);
            if (shared != null) {
                int[] r = SourceEdges.trim(in, shared[0], shared[1], ce);
                if (r[0] < r[1]) {
                    return new Found(cf, ce, r[0], r[1]);
                }
            }
        }
        int bestFirst = -1;
        int bestEnd = -1;
        double best = -1;
        int runFirst = -1;
        double runMax = -1;
        for (int j = from; j <= to; j++) {
            double p = 0;
            if (j < to && !isCue[j]) {
                SourceFeatures.emit(in, cuesBefore, cf, ce, j, sum);
                p = HashedModel.sigmoid(sum.take());
            }
            if (p >= sourceThreshold) {
                if (runFirst < 0) {
                    runFirst = j;
                    runMax = p;
                }
                runMax = Math.max(runMax, p);
            } else if (runFirst >= 0) {
                if (runMax > best) {
                    best = runMax;
                    bestFirst = runFirst;
                    bestEnd = j;
                }
                runFirst = -1;
            }
        }
        if (bestFirst < 0) {
            return new Found(cf, ce, -1, -1);
        }
        int[] r = SourceEdges.trim(in, bestFirst, bestEnd, ce);
        return r[0] < r[1] ? new Found(cf, ce, r[0], r[1]) : new Found(cf, ce, -1, -1);
    }

    /** Sums the weights of the features it is given. */
    private static final class Sum implements Hashing.Sink {
        private final HashedModel model;
        private long[] features = new long[64];
        private long[] scratch = new long[64];
        private int count;

        Sum(HashedModel model) {
            this.model = model;
        }

        @Override
        public void add(long feature) {
            if (count == features.length) {
                features = java.util.Arrays.copyOf(features, count * 2);
                scratch = new long[count * 2];
            }
            features[count++] = feature;
        }

        /** The summed weights of the features added since the last call, in the order added (the same double every time). */
        double take() {
            double z = model.sum(features, scratch, count);
            count = 0;
            return z;
        }
    }
}
