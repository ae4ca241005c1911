package org.slant.dev.train;

import org.slant.dev.eval.attribution.PolnearScore;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.model.Content;

import java.util.ArrayList;
import java.util.List;

/** The model's cues and sources of one article in raw offsets, as the PolNeAR scorer takes them. */
final class ModelPredictions {

    private ModelPredictions() {
    }

    static List<PolnearScore.Predicted> of(ModelInput in, List<AttributionModel.Found> found) {
        Content c = in.content();
        List<PolnearScore.Predicted> out = new ArrayList<>();
        for (AttributionModel.Found f : found) {
            int cs = c.rawStart(in.tokens().get(f.cueFirst()).start());
            int ce = c.rawEnd(in.tokens().get(f.cueEnd() - 1).end());
            int ss = f.hasSource() ? c.rawStart(in.tokens().get(f.sourceFirst()).start()) : -1;
            int se = f.hasSource() ? c.rawEnd(in.tokens().get(f.sourceEnd() - 1).end()) : -1;
            out.add(new PolnearScore.Predicted(cs, ce, ss, se));
        }
        return out;
    }
}
