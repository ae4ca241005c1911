package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.model.ArticleResult;
import org.slant.testing.OffsetChecks;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.slant.extract.attribution.Analyse.attributions;

/**
 * Hostile input for the speaker resolution, the not-speech lexicon and passives: thousands of names,
 * roles, passives and vetoed phrases in one sentence and in many. The guard is far above what linear
 * work needs; it catches quadratic look-backs.
 */
class ResolutionRobustnessTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    private static ArticleResult guarded(String text) {
        ArticleResult r = assertTimeoutPreemptively(GUARD, () -> Analyse.text(text));
        OffsetChecks.assertFindingsPointIntoRaw(r);
        return r;
    }

    @Test
    void wallsOfNamesRolesPassivesAndVetoesStayLinear() {
        String piece = "Rosa Lind and Mr Tomas Ek, the envoy, were accused by a colleague of seeking what appears to be "
                + "a deal that raises fears, and the ambassador said she said they said the diplomat told CNN's Gary Fenn";
        StringBuilder oneSentence = new StringBuilder();
        StringBuilder sentences = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            oneSentence.append(piece).append(", ");
            sentences.append(piece).append(i % 3 == 0 ? ".\n\n" : ". ");
        }
        guarded(oneSentence.toString());
        assertFalse(attributions(guarded(sentences.toString())).isEmpty());
    }
}
