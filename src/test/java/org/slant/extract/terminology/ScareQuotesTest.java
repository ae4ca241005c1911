package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scare-quote rule on sentences written for the test, not taken from the seeds. */
class ScareQuotesTest {

    private static List<String> scare(String text) {
        return Terms.category(Terms.findings(text), "scare_quote").stream().map(Finding::text).toList();
    }

    @Test
    void aShortPhraseSetInsideTheOutletsSentenceIsAScareQuote() {
        assertEquals(List.of("“volunteers”"), scare("The ministry counted the “volunteers” at the border."));
        assertEquals(List.of("\"peace plan\""), scare("Both sides discussed the \"peace plan\" in Geneva."));
        assertEquals(List.of("‘Trump-proof’"), scare("Allies want to ‘Trump-proof’ the fund."));
    }

    @Test
    void withoutAttributionASpeakerNamedOutsideTheClauseDoesNotMakeItAPartialQuotation() {
        // the terminology stage alone (no speech spans): the speech cue is more than six words before the
        // quotation; with attribution in the pipeline this is a partial quotation (PartialQuotesTest)
        assertEquals(List.of("“stability”"), scare(
                "The envoy said on Monday that his country was always ready to defend “stability” in the region."));
    }

    @Test
    void aQuotationTiedToASpeechCueInTheSameClauseIsAPartialQuotation() {
        assertTrue(scare("The spokesman dismissed the report as “fabricated”.").isEmpty());
        assertTrue(scare("“Fabricated,” the spokesman said.").isEmpty());
        assertTrue(scare("Critics branded the plan “a surrender”.").isEmpty());
        assertTrue(scare("The senator accused him of losing his “nerve”.").isEmpty());
    }

    @Test
    void aNounThatLooksLikeACueIsNotACue() {
        assertEquals(List.of("“bizarre”"), scare("The phone call had been “bizarre”, officials felt."));
    }

    @Test
    void statementsHeadingsAndLongQuotationsAreNotScareQuotes() {
        assertTrue(scare("The minister said: “Never.”").isEmpty());
        assertTrue(scare("‘Fight for freedom’\n\nThe minister spoke.").isEmpty(), "a quoted heading stands alone");
        assertTrue(scare("He spoke of “a long and difficult road to peace” in Kyiv.").isEmpty(), "more than four words");
        assertTrue(scare("The group left “for good.").isEmpty(), "an unclosed quotation");
    }

    @Test
    void theWordsInsideAScareQuoteAreQuotedAndTheMarksAreTheNarrators() {
        List<Finding> f = Terms.findings("France sent more “mercenaries” to the front.");
        Finding sq = Terms.category(f, "scare_quote").get(0);
        assertEquals(Voice.NARRATOR, sq.voice());
        assertEquals("mercenaries", ((TermAttrs.ScareQuote) sq.attrs()).phrase());
        Finding label = Terms.rule(f, "label.mercenary").get(0);
        assertEquals(Voice.QUOTED, label.voice());
    }

    @Test
    void aScareQuoteInsideAQuotationIsTheSpeakers() {
        List<Finding> f = Terms.findings("“They call it a ‘peace plan’ but it is a trap,” the minister said of the proposal.");
        assertTrue(Terms.category(f, "scare_quote").isEmpty(), "'call' is a cue right before the inner quotation");
        List<Finding> g = Terms.findings("“Their ‘peace plan’ is a trap,” the minister said.");
        Finding sq = Terms.category(g, "scare_quote").get(0);
        assertEquals("‘peace plan’", sq.text());
        assertEquals(Voice.QUOTED, sq.voice());
    }
}
