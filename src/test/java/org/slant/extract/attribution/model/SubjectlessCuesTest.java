package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.model.ModelInputs.input;
import static org.slant.extract.attribution.model.ModelInputs.token;

/** Cues whose subject is not their source, on made-up sentences. */
class SubjectlessCuesTest {

    private static boolean at(String text, String first, int length) {
        ModelInput in = input(text);
        int f = token(in, first);
        return SubjectlessCues.at(in.tokens, f, f + length);
    }

    @Test
    void passivesOfReportingVerbs() {
        assertTrue(at("The new bridge is expected to open in spring.", "is", 2));
        assertTrue(at("The new bridge is widely expected to open in spring.", "is", 3));
        assertTrue(at("The harbour master was asked about the delays.", "asked", 1), "'was' just before the cue");
        assertTrue(at("The clerk is accused of losing the ballots.", "is", 2));
    }

    @Test
    void raisingVerbs() {
        assertTrue(at("The orchard seems to be recovering.", "seems", 1));
        assertTrue(at("The orchard appeared to recover.", "appeared", 1));
    }

    @Test
    void activeSpeechAndOtherPassivesKeepTheirSubject() {
        assertFalse(at("The harbour master said the ferry was late.", "said", 1));
        assertFalse(at("The harbour master has warned of fog.", "warned", 1), "'has', not a form of 'be'");
        assertFalse(at("The bridge was painted green.", "was", 2), "not a reporting verb");
    }

    @Test
    void theDecoderLooksOnlyAfterSuchACue() {
        // a source classifier that likes every token: the run it finds must lie after the cue
        HashedModel empty = new HashedModel(Map.of("name", "model.cue", "version", "3"), new int[0], new float[0]);
        AttributionModel decoder = new AttributionModel(empty, empty, 0.7, 0.3, 0.4);
        ModelInput in = input("The new bridge is expected by engineers to open soon.");
        double[] p = new double[in.size()];
        int is = token(in, "is");
        p[is] = 0.9;
        p[is + 1] = 0.9;
        List<AttributionModel.Found> found = decoder.find(in, p);
        assertEquals(1, found.size());
        assertTrue(found.get(0).hasSource() && found.get(0).sourceFirst() > is + 1, "after 'is expected'");
        ModelInput active = input("The engineer said the bridge would open soon.");
        double[] q = new double[active.size()];
        q[token(active, "said")] = 0.9;
        assertEquals(0, decoder.find(active, q).get(0).sourceFirst(), "an active cue's subject before it");
    }
}
