package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.model.ModelInputs.input;
import static org.slant.extract.attribution.model.ModelInputs.token;

/** The ends of decoded cues, on made-up sentences: a dangling phrase is cut, punctuation alone is no cue. */
class CueEdgesTest {

    @Test
    void aDanglingDeterminerGoesWithThePrepositionBeforeIt() {
        ModelInput in = input("The harbour master said in an interview that the pier would close.");
        int said = token(in, "said");
        assertEquals(said + 1, CueEdges.end(in.tokens, said, said + 3), "'said in an' is cut back to 'said'");
        assertEquals(said + 4, CueEdges.end(in.tokens, said, said + 4), "'said in an interview' is whole");
    }

    @Test
    void duringAloneAtTheEndIsCutAndAOneTokenCueIsKept() {
        ModelInput in = input("The coach said during halftime that the team was tired.");
        int said = token(in, "said");
        assertEquals(said + 1, CueEdges.end(in.tokens, said, said + 2), "'said during'");
        ModelInput the = input("The answer came later.");
        assertEquals(1, CueEdges.end(the.tokens, 0, 1), "a cue of one token keeps it");
    }

    @Test
    void aPrepositionThatEndsACueStays() {
        ModelInput in = input("The gardener pointed to the drought as the cause.");
        int pointed = token(in, "pointed");
        assertEquals(pointed + 2, CueEdges.end(in.tokens, pointed, pointed + 2), "'pointed to'");
    }

    @Test
    void bracketsAndStopsAroundACitationAreNoCueButAColonIs() {
        ModelInput in = input("Ferries ran late all week. [Harbour Gazette.] Mayor: we will fix it.");
        int open = token(in, "[");
        int close = token(in, "]");
        assertTrue(CueEdges.bare(in.tokens, open, open + 1));
        assertTrue(CueEdges.bare(in.tokens, close - 1, close + 1), "'.]'");
        int colon = token(in, ":");
        assertFalse(CueEdges.bare(in.tokens, colon, colon + 1));
        assertFalse(CueEdges.bare(in.tokens, open, open + 2), "a word in it");
    }

    @Test
    void theDecoderDropsABareRunAndCutsADanglingOne() {
        HashedModel empty = new HashedModel(java.util.Map.of("name", "model.cue", "version", "3"), new int[0], new float[0]);
        AttributionModel decoder = new AttributionModel(empty, empty, 0.7, 0.3, 0.5);
        ModelInput in = input("Ferries ran late. [Harbour Gazette.] The captain said in an email that fog came.");
        double[] p = new double[in.size()];
        p[token(in, "[")] = 0.9;
        int said = token(in, "said");
        p[said] = 0.95;
        p[said + 1] = 0.5;
        p[said + 2] = 0.4;
        List<int[]> cues = decoder.cues(in, p);
        assertEquals(1, cues.size(), "the bracket is no cue");
        assertArrayEquals(new int[]{said, said + 1}, cues.get(0));
    }

    @Test
    void auxiliariesJustBeforeACueJoinIt() {
        ModelInput in = input("The harbour master has not yet said when the pier will open, and she was also asked why.");
        int said = token(in, "said");
        assertEquals(said, CueEdges.start(in, said, 0), "'yet' is no auxiliary nor one of the adverbs: nothing joins");
        ModelInput plain = input("The harbour master has not said when the pier will open.");
        int s = token(plain, "said");
        assertEquals(token(plain, "has"), CueEdges.start(plain, s, 0), "'has not said'");
        int asked = token(in, "asked");
        assertEquals(token(in, "was"), CueEdges.start(in, asked, 0), "'was also asked'");
        assertEquals(asked, CueEdges.start(in, asked, asked - 1), "never into the cue before");
    }

    @Test
    void anAdverbAloneAPossessiveAndCapitalsStayOut() {
        ModelInput adverb = input("The harbour master also said the pier would open.");
        int said = token(adverb, "said");
        assertEquals(said, CueEdges.start(adverb, said, 0), "'also' without an auxiliary before it");
        ModelInput possessive = input("The mayor's claim surprised the council.");
        int claim = token(possessive, "claim");
        assertEquals(claim, CueEdges.start(possessive, claim, 0), "the possessive 's is no auxiliary");
        ModelInput head = input("Will Barrow said the pier would open.");
        int s = token(head, "said");
        assertEquals(s, CueEdges.start(head, s, 0), "a capitalised 'Will' is a name here");
    }

    @Test
    void aBracketedSourceCreditIsNoCue() {
        ModelInput in = input("Ferries ran late all week. [Harbour Gazette.] The captain said [in] the morning that fog came.");
        int open = token(in, "[");
        int close = token(in, "]");
        assertTrue(CueEdges.credit(in.tokens, open, close + 1), "'[Harbour Gazette.]'");
        assertTrue(CueEdges.credit(in.tokens, open + 1, close + 1), "'Harbour Gazette.]' after its bracket");
        int said = token(in, "said");
        assertFalse(CueEdges.credit(in.tokens, said, said + 4), "'said [in]' starts with a word, not a bracket");
        assertFalse(CueEdges.credit(in.tokens, open + 1, close), "no closing bracket");
    }
}
