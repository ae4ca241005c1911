package org.slant.dev.eval;

import java.util.List;

/**
 * The evaluation commands under {@code slant eval}: picocli command objects, one per corpus or label set.
 * Each reads its data from {@code --data} (default {@code ../shared/data}) and says clearly when it is absent.
 */
public final class Evaluations {

    private Evaluations() {
    }

    public static List<Object> all() {
        return List.of(new org.slant.dev.eval.boilerplate.BoilerplateEvalCommand(),
                new org.slant.dev.eval.boilerplate.WcxbCommand(),
                new org.slant.dev.eval.terminology.PtcEvaluation(),
                new org.slant.dev.eval.attribution.PolnearEval());
    }
}
