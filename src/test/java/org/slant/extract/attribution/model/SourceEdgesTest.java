package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.model.ModelInputs.input;
import static org.slant.extract.attribution.model.ModelInputs.token;

/** Trimming the source classifier's runs, on made-up sentences. */
class SourceEdgesTest {

    private static int[] trim(ModelInput in, String first, int length) {
        int f = token(in, first);
        return SourceEdges.trim(in, f, f + length, 0);
    }

    @Test
    void aJoiningWordBeforeTheSubjectGoes() {
        ModelInput in = input("The ferry was late, and Ms Okafor says the timetable is wrong.");
        int ms = token(in, "ms");
        assertArrayEquals(new int[]{ms, ms + 2}, trim(in, "and", 3));
        assertArrayEquals(new int[]{ms, ms + 2}, trim(in, ",", 4), "the comma too");
    }

    @Test
    void auxiliariesAndAdverbsAfterTheSubjectGo() {
        ModelInput in = input("The beekeeper is warning that the hives are empty.");
        int the = token(in, "the");
        assertArrayEquals(new int[]{the, the + 2}, trim(in, "the", 3), "'The beekeeper is'");
        ModelInput adverb = input("The beekeeper notably refused to comment.");
        assertArrayEquals(new int[]{0, 2}, SourceEdges.trim(adverb, 0, 3, 0), "'The beekeeper notably'");
    }

    @Test
    void capitalisedWordsAndTheCommaAfterAnAppositionStay() {
        ModelInput in = input("Tom Early, a ferry captain, said the fog was thick.");
        assertArrayEquals(new int[]{0, 7}, SourceEdges.trim(in, 0, 7, 0), "'Tom Early, a ferry captain,' is whole");
        ModelInput name = input("Ann Kelly said the fog was thick.");
        assertArrayEquals(new int[]{0, 2}, SourceEdges.trim(name, 0, 2, 0), "'Kelly' is a name, not an adverb");
    }

    @Test
    void aRunOfJoiningWordsAloneIsNothing() {
        ModelInput in = input("The ferry left, and then said nothing.");
        int[] r = trim(in, "and", 2);
        assertTrue(r[0] >= r[1]);
    }
}
