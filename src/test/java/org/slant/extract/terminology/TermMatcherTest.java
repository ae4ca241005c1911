package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermMatcherTest {

    @Test
    void multiWordPhrasesInflectionsAndHyphens() {
        List<Finding> f = Terms.findings("Sanctions aim at the war machine. The massacres were filmed. "
                + "Neo-Nazi and neo Nazi groups marched.");
        assertEquals("war machine", Terms.rule(f, "loaded.war_machine").get(0).text());
        assertEquals("massacres", Terms.rule(f, "loaded.massacre").get(0).text());
        assertEquals(List.of("Neo-Nazi", "neo Nazi"), Terms.rule(f, "label.neo_nazi").stream().map(Finding::text).toList());
    }

    @Test
    void caseRuleKeepsTheVerbIsOutOfTheIslamicStateSet() {
        assertEquals(1, Terms.rule(Terms.findings("The bombing was claimed by IS militants."), "naming.islamic_state.is").size());
        assertTrue(Terms.rule(Terms.findings("The bombing is claimed by militants."), "naming.islamic_state.is").isEmpty());
    }

    @Test
    void contextRulesDropPolicyRegimesAndKeepGovernmentLabels() {
        assertTrue(Terms.rule(Terms.findings("The sanctions regime was tightened."), "label.regime").isEmpty());
        assertTrue(Terms.rule(Terms.findings("The EU relaxed the visa regime."), "label.regime").isEmpty());
        assertEquals(1, Terms.rule(Terms.findings("Putin's regime jailed its critics."), "label.regime").size());
        assertEquals(1, Terms.rule(Terms.findings("Officials said the regime had fallen."), "label.regime").size());
    }

    @Test
    void nearRuleNeedsTheWarInTheSentence() {
        String rule = "naming.ukraine_war.military_operation";
        assertEquals(1, Terms.rule(Terms.findings("Moscow launched its military operation in Ukraine in 2022, Kyiv said."), rule).size());
        assertTrue(Terms.rule(Terms.findings("The army began a military operation against smugglers."), rule).isEmpty());
    }

    @Test
    void layersOverlapButOneLayerTakesTheLongestMatch() {
        List<Finding> f = Terms.findings("The Kiev regime shelled the town. Moscow calls it a terrorist regime.");
        assertEquals(1, Terms.rule(f, "naming.kyiv_kiev.kiev").size());
        assertEquals(1, Terms.rule(f, "label.regime").size(), "the Kiev regime is a label and a contested name");
        assertEquals("terrorist regime", Terms.rule(f, "label.terrorist_state").get(0).text());
        assertEquals(2, Terms.category(f, "label").size(), "'terrorist regime' is one label, not two");
    }

    @Test
    void specialMilitaryOperationIsNotAlsoAMilitaryOperation() {
        List<Finding> f = Terms.findings("Russia began its special military operation in Ukraine against the Ukrainian army.");
        assertEquals(1, Terms.category(f, "contested_naming").size());
        assertEquals("special military operation", Terms.category(f, "contested_naming").get(0).text());
    }
}
