package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Finding;
import org.slant.model.Voice;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partial quotations are the speaker's words, not the outlet's scare quotes: the whole pipeline (attribution
 * first), on sentences written for the test.
 */
class PartialQuotesTest {

    private static List<Finding> scare(String text) {
        return Slant.analyze(Slant.article("t", text)).findings().stream()
                .filter(f -> f.category().equals("scare_quote")).toList();
    }

    private static List<String> texts(List<Finding> fs) {
        return fs.stream().map(Finding::text).toList();
    }

    @Test
    void aSpeakerAndCueAnywhereInTheSentenceMakeItAPartialQuotation() {
        assertEquals(List.of(), texts(scare(
                "The envoy said on Monday that his country was always ready to defend “stability” in the region.")));
    }

    @Test
    void aSpeakerAndCueInTheSentenceBeforeMakeItAPartialQuotation() {
        assertEquals(List.of(), texts(scare("The foreign minister told reporters in Vienna that the talks would "
                + "resume next week. The offer on the table remained “generous”.")));
    }

    @Test
    void wordsQuotedElsewhereFromASpeakerAreAPartialQuotation() {
        assertEquals(List.of(), texts(scare("“The plan is a reckless gamble with our savings,” the finance minister "
                + "said on Monday.\n\nBy Wednesday the “reckless gamble” had become the main topic in parliament.")));
    }

    @Test
    void quoteMarksTheOutletPutsAroundWordsNobodySpokeRemainScareQuotes() {
        List<Finding> f = scare("The government has sent more troops to fight “terrorism” in the north this year.");
        assertEquals(List.of("“terrorism”"), texts(f));
        assertEquals(Voice.NARRATOR, f.get(0).voice());
        assertTrue(f.get(0).attrs().speaker() == null, "no speaker of that word");
        // the same article with a speaker for a different word keeps this one a scare quote
        assertEquals(List.of("“terrorism”"), texts(scare("The government has sent more troops to fight “terrorism” "
                + "in the north this year.\n\nCrowds gathered in the capital on Friday for a concert.")));
    }
}
