package org.slant.extract.attribution.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned attribution model: a cue classifier gives each token a probability of being in a cue, a second
 * (stacked) classifier decides from those of the token and its neighbours, consecutive cue tokens make one
 * cue; for each cue a source classifier labels the tokens of its sentence (within
 * {@link #WINDOW} tokens) in or out of its source, and the run of source tokens with the most confident
 * token is the source. Each token is scored twice for cues and at most 2×WINDOW times for sources, so the
 * work stays linear in the text.
 */
public final class AttributionModel {

    /** How far from its cue a source may start, in tokens (PolNeAR sources sit almost always within it). */
    public static final int WINDOW = 30;

    public static final String CUE_RESOURCE = "/models/attribution-cue-v2.tsv";
    public static final String STACK_RESOURCE = "/models/attribution-stack-v2.tsv";
    public static final String SOURCE_RESOURCE = "/models/attribution-source-v2.tsv";

    private static volatile AttributionModel shipped;

    private final LinearModel cue;
    private final LinearModel stack;
    private final LinearModel source;

    public AttributionModel(LinearModel cue, LinearModel stack, LinearModel source) {
        this.cue = cue;
        this.stack = stack;
        this.source = source;
    }

    /** The model shipped in the jar, read once on first use (no network; a few MB of text). */
    public static AttributionModel shipped() {
        AttributionModel m = shipped;
        if (m == null) {
            synchronized (AttributionModel.class) {
                m = shipped;
                if (m == null) {
                    m = new AttributionModel(LinearModel.resource(CUE_RESOURCE), LinearModel.resource(STACK_RESOURCE),
                            LinearModel.resource(SOURCE_RESOURCE));
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

    /** The rule id of the findings the model makes ({@code model.cue@2}): the cue decision is the stacked pass's. */
    public String cueId() {
        return stack.id();
    }

    public String sourceId() {
        return source.id();
    }

    public List<Found> find(ModelInput in) {
        boolean[] isCue = cues(in);
        int[] cuesBefore = SourceFeatures.prefix(isCue);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < in.n) {
            if (!isCue[i]) {
                i++;
                continue;
            }
            int first = i;
            while (i < in.n && isCue[i] && in.sentence[i] == in.sentence[first]) {
                i++;
            }
            out.add(withSource(in, isCue, cuesBefore, first, i));
        }
        return out;
    }

    /** Whether tokens {@code a} and {@code b} are in one sentence. */
    public static boolean sameSentence(ModelInput in, int a, int b) {
        return in.sentence[a] == in.sentence[b];
    }

    /** The first pass's probability for every token. */
    public double[] firstPass(ModelInput in) {
        double[] p = new double[in.n];
        for (int i = 0; i < in.n; i++) {
            p[i] = cue.probability(CueFeatures.of(in, i));
        }
        return p;
    }

    boolean[] cues(ModelInput in) {
        double[] p = firstPass(in);
        boolean[] isCue = new boolean[in.n];
        double t = stack.threshold();
        for (int i = 0; i < in.n; i++) {
            isCue[i] = stack.probability(StackFeatures.of(in, p, i)) >= t;
        }
        return isCue;
    }

    private Found withSource(ModelInput in, boolean[] isCue, int[] cuesBefore, int cf, int ce) {
        int from = Math.max(in.sentFirst[cf], cf - WINDOW);
        int to = Math.min(in.sentEnd[cf], ce + WINDOW);
        double t = source.threshold();
        int bestFirst = -1;
        int bestEnd = -1;
        double best = -1;
        int runFirst = -1;
        double runMax = -1;
        for (int j = from; j <= to; j++) {
            double p = j < to && !isCue[j] ? source.probability(SourceFeatures.of(in, cuesBefore, cf, ce, j)) : 0;
            if (p >= t) {
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
        return new Found(cf, ce, bestFirst, bestEnd);
    }
}
