package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The valence keys of the loaded-language model: sign and rounded strength, none near neutral. */
class ValenceTest {

    @Test
    void keysAreSignAndRoundedStrength() {
        assertEquals("neg3", Valence.key(-3.1));
        assertEquals("pos3", Valence.key(2.6));
        assertEquals("neg1", Valence.key(-0.5));
        assertEquals("pos4", Valence.key(3.9));
        assertNull(Valence.key(0.4));
        assertNull(Valence.key(-0.2));
    }

    @Test
    void theShippedLexiconIsRead() {
        // VADER rates "brutal" -3.1 and "disgusting" -2.4; a plain word has no rating
        assertEquals("neg3", Valence.of("brutal"));
        assertEquals("neg2", Valence.of("disgusting"));
        assertNull(Valence.of("table"));
    }
}
