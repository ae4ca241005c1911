package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.model.Finding;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Even-handedness: each pair says the same thing with the sides swapped, so the loaded words and labels
 * it carries must score the same (same categories, weights and voices). Contested names are left out
 * on purpose: they record a naming convention, not a side.
 */
class MirroredPairsTest {

    private static final String[][] PAIRS = {
        {"Putin's regime shelled the city.", "Zelensky's regime shelled the city."},
        {"The Kremlin regime lied again.", "The Kyiv regime lied again."},
        {"Kremlin propaganda hides the losses.", "Western propaganda hides the losses."},
        {"Sanctions target Russia's war machine.", "Sanctions target NATO's war machine."},
        {"It is a Western proxy war against Russia.", "It is a Russian proxy war against the West."},
        {"NATO expansionism threatens Russia.", "Russian expansionism threatens Europe."},
        {"American imperialism is to blame.", "Russian imperialism is to blame."},
        {"The junta in Kyiv sent more troops.", "The junta in Moscow sent more troops."},
        {"He is a Western puppet.", "He is a Kremlin puppet."},
        {"French mercenaries fight for Kyiv.", "Russian mercenaries fight for Moscow."},
        {"Russia is a terrorist state, Kyiv says.", "Ukraine is a terrorist state, Moscow says."},
        {"The neo-Nazis in Kyiv must be stopped.", "The ruscists in Moscow must be stopped."},
        {"The orcs shelled the village.", "The Banderites shelled the village."},
        {"Ukrainian terrorists shelled the town.", "Russian terrorists shelled the town."},
        {"He is a Kremlin apologist.", "He is a NATO apologist."},
        {"The minister called his critics Russophobes.", "The minister called his critics Ukrainophobes."},
        {"State TV parroted Kremlin talking points.", "The channel parroted Washington's talking points."},
        {"The dictator in the Kremlin ignored the vote.", "The dictator in Kyiv ignored the vote."},
        {"The massacre in Bucha was filmed.", "The massacre in Odesa was filmed."},
        {"Russia's aggressive posture alarmed Europe.", "NATO's aggressive posture alarmed Russia."},
        {"Moscow's warmongers want escalation.", "Washington's warmongers want escalation."},
        {"Kremlin trolls spread the story.", "Western trolls spread the story."},
        {"The heroic defenders of Mariupol held out.", "The heroic defenders of Donetsk held out."},
        {"The West wants to annihilate Russia, he said.", "Russia wants to annihilate Ukraine, he said."},
        {"Western elites want war.", "Kremlin elites want war."},
        {"The traitors in Kyiv sold out.", "The traitors in Moscow sold out."},
        {"Ukraine's reckless escalation worried allies.", "Russia's reckless escalation worried allies."},
    };

    /**
     * What the loaded words and labels of a text add up to: their categories, weights and voices, in order
     * (the rule may differ: "neo-Nazis" and "ruscists" are mirrored slurs, two entries of equal weight).
     */
    private static List<String> score(String text) {
        return score(text, null);
    }

    private static List<String> score(String text, LoadedModel model) {
        return Terms.findings(text, model).stream()
                .filter(f -> f.category().equals("loaded") || f.category().equals("label"))
                .map(f -> f.category() + " w" + (int) f.weight() + " " + f.voice().id())
                .collect(Collectors.toList());
    }

    private static double weight(String text) {
        return Terms.findings(text).stream()
                .filter(f -> f.category().equals("loaded") || f.category().equals("label"))
                .mapToDouble(Finding::weight).sum();
    }

    @Test
    void mirroredSentencesScoreTheSame() {
        for (String[] p : PAIRS) {
            List<String> a = score(p[0]);
            assertFalse(a.isEmpty(), "nothing found in: " + p[0]);
            assertEquals(a, score(p[1]), p[0] + " | " + p[1]);
            assertEquals(weight(p[0]), weight(p[1]), p[0] + " | " + p[1]);
        }
    }

    /**
     * The loaded-language model must not tell the sides apart either: on every pair that differs only in
     * words naming a side ("Putin's regime" and "Zelensky's regime", not "State TV" and "The channel",
     * whose other words the model may weigh otherwise) it finds the same.
     */
    @Test
    void mirroredSentencesScoreTheSameWithTheModel() {
        LoadedModel model = LoadedModel.shipped();
        int swaps = 0;
        for (String[] p : PAIRS) {
            if (Mirror.sidesOnly(p[0], p[1])) {
                swaps++;
                assertEquals(score(p[0], model), score(p[1], model), p[0] + " | " + p[1]);
            }
        }
        assertTrue(swaps >= 10, "pairs that swap side words only: " + swaps);
    }

    @Test
    void mirroredPairsQuotedScoreTheSameToo() {
        for (String[] p : PAIRS) {
            String a = "“" + p[0].replaceAll("\\.$", "") + ",” an official said.";
            String b = "“" + p[1].replaceAll("\\.$", "") + ",” an official said.";
            assertEquals(score(a), score(b), a + " | " + b);
            assertFalse(score(a).isEmpty(), a);
        }
    }
}
