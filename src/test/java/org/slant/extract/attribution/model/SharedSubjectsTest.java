package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.model.ModelInputs.input;
import static org.slant.extract.attribution.model.ModelInputs.token;
import static org.slant.extract.attribution.model.ModelInputs.withRules;

/** Cues that share an earlier verb's subject, on made-up sentences. */
class SharedSubjectsTest {

    private static final String PIER = "Councillor Dana Whitlow toured the flooded pier on Monday and said the repairs "
            + "would take a year.";

    @Test
    void aSecondCoordinatedVerbAndAParticipleAfterACommaShareTheirSubject() {
        ModelInput in = input(PIER);
        assertTrue(SharedSubjects.at(in, token(in, "said")), "'and said'");
        ModelInput participle = input("The ferry captain praised the crew, saying they had worked through the night.");
        assertTrue(SharedSubjects.at(participle, token(participle, "saying")));
        ModelInput plain = input("The ferry captain said the crew had worked through the night.");
        assertFalse(SharedSubjects.at(plain, token(plain, "said")));
        ModelInput first = input("Said the captain: we sail at dawn.");
        assertFalse(SharedSubjects.at(first, 0), "nothing before the sentence's first token");
    }

    @Test
    void theRulesSharedSubjectIsTaken() {
        ModelInput in = withRules(PIER);
        int said = token(in, "said");
        int[] shared = SharedSubjects.rules(in, said, said + 1);
        assertArrayEquals(new int[]{0, 3}, shared, "Councillor Dana Whitlow");
        assertNull(SharedSubjects.rules(in, 0, 1), "no rule cue there");
    }

    @Test
    void theDecoderPrefersTheSharedSubjectToTheNearestNounPhrase() {
        // a source classifier that likes every token would take the whole clause before the cue
        HashedModel empty = new HashedModel(Map.of("name", "model.cue", "version", "5"), new int[0], new float[0]);
        AttributionModel decoder = new AttributionModel(empty, empty, 0.7, 0.3, 0.4);
        ModelInput in = withRules(PIER);
        double[] p = new double[in.size()];
        int said = token(in, "said");
        p[said] = 0.9;
        List<AttributionModel.Found> found = decoder.find(in, p);
        assertEquals(1, found.size());
        assertEquals(0, found.get(0).sourceFirst());
        assertEquals(3, found.get(0).sourceEnd(), "the councillor, not 'the flooded pier on Monday'");
    }
}
