package org.slant.eval;

import java.util.List;

/**
 * The evaluation commands under {@code slant eval}: picocli command objects, one per corpus or label set.
 * Each reads its data from {@code --data} (default {@code ../shared/data}) and says clearly when it is absent.
 */
public final class Evaluations {

    private Evaluations() {
    }

    public static List<Object> all() {
        return List.of(new org.slant.extract.boilerplate.eval.BoilerplateEvalCommand(),
                new org.slant.extract.boilerplate.eval.TrainCommand(),
                new org.slant.extract.boilerplate.eval.WcxbCommand(),
                new org.slant.extract.terminology.PtcEvaluation(),
                new org.slant.extract.attribution.eval.PolnearEval());
    }
}
