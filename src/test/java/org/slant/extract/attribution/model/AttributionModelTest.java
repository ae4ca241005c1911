package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.slant.extract.attribution.model.ModelInputs.input;
import static org.slant.extract.attribution.model.ModelInputs.token;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The v3 decoder on made-up sentences with probabilities set by hand, so what it decides is what the rule says. */
class AttributionModelTest {

    private static final HashedModel EMPTY = new HashedModel(Map.of("name", "model.cue", "version", "3"), new int[0], new float[0]);
    private static final AttributionModel DECODER = new AttributionModel(EMPTY, EMPTY, 0.7, 0.3, 0.5);

    @Test
    void aConfidentHeadCarriesItsWeakerNeighboursAndAWeakWordAloneIsNoCue() {
        ModelInput in = input("The council said in a statement that it would talk about the budget.");
        double[] p = new double[in.size()];
        int said = token(in, "said");
        p[said] = 0.95;
        p[said + 1] = 0.4;
        p[said + 2] = 0.35;
        p[said + 3] = 0.5;
        p[token(in, "about")] = 0.6;
        List<int[]> cues = DECODER.cues(in, p);
        assertEquals(1, cues.size(), "'about' at 0.6 has no head at 0.7");
        assertArrayEquals(new int[]{said, said + 4}, cues.get(0), "'said in a statement'");
    }

    @Test
    void noCueInsideAQuotationHoweverLikely() {
        ModelInput in = input("\u201cThey said no and we told them so,\u201d the mayor added.");
        double[] p = new double[in.size()];
        p[token(in, "said")] = 0.99;
        p[token(in, "told")] = 0.99;
        p[token(in, "added")] = 0.9;
        List<int[]> cues = DECODER.cues(in, p);
        assertEquals(1, cues.size());
        assertEquals(token(in, "added"), cues.get(0)[0]);
    }

    @Test
    void aWallOfLikelyTokensIsCutIntoBoundedCues() {
        ModelInput in = input("said ".repeat(100).trim() + ".");
        double[] p = new double[in.size()];
        java.util.Arrays.fill(p, 0.99);
        List<int[]> cues = DECODER.cues(in, p);
        assertTrue(cues.stream().allMatch(c -> c[1] - c[0] <= AttributionModel.MAX_CUE), "no cue longer than MAX_CUE");
        assertTrue(cues.size() >= 100 / AttributionModel.MAX_CUE);
    }
}
