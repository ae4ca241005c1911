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

    @Test
    void anIntroductoryPhraseUpToItsCommaGoes() {
        ModelInput in = input("In her reply, the harbour master said the pier was safe.");
        int the = token(in, "the");
        assertArrayEquals(new int[]{the, the + 3}, SourceEdges.trim(in, 1, the + 3, 0), "'her reply, the harbour master'");
        ModelInput like = input("Like her rival, she said the pier was safe.");
        int she = token(like, "she");
        assertArrayEquals(new int[]{she, she + 1}, SourceEdges.trim(like, 0, she + 1, 0), "'Like her rival, she'");
        ModelInput after = input("After the mayor suggested a vote, the council agreed.");
        assertArrayEquals(new int[]{1, 3}, SourceEdges.trim(after, 0, 3, 0), "no comma in the run: only 'After' goes");
    }

    @Test
    void theCuesOwnPrepositionAndAnAppositionAfterAsStay() {
        ModelInput in = input("According to the ferry company, the crossing was calm.");
        int the = token(in, "the");
        int comma = token(in, ",");
        assertArrayEquals(new int[]{the, comma}, SourceEdges.trim(in, the, comma, the), "after the cue 'according to'");
        ModelInput as = input("As Dana Reyes, a ferry captain, noted, the crossing was calm.");
        int captain = token(as, "captain");
        assertArrayEquals(new int[]{1, captain + 2}, SourceEdges.trim(as, 0, captain + 2, 0), "'Dana Reyes, a ferry captain,'");
        ModelInput least = input("At least six captains said the crossing was calm.");
        assertArrayEquals(new int[]{0, 4}, SourceEdges.trim(least, 0, 4, 0), "'At least six captains'");
    }

    @Test
    void aTrailingRelativePronounGoes() {
        ModelInput in = input("Dana Reyes, who sails daily, said the crossing was calm.");
        assertArrayEquals(new int[]{0, 3}, SourceEdges.trim(in, 0, 4, 0), "'Dana Reyes, who' loses 'who'");
        ModelInput alone = input("Those who sail said the crossing was calm.");
        int who = token(alone, "who");
        assertArrayEquals(new int[]{who, who + 1}, SourceEdges.trim(alone, who, who + 1, 0), "'who' alone stays");
    }
}
