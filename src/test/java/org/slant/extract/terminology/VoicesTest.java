package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;
import org.slant.text.Speech;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Voices with and without attribution, using hand-made speech spans (clean offsets) so that the test
 * does not depend on the attribution extractor.
 */
class VoicesTest {

    private static final String TEXT = "“The comments were bizarre,” Macron said. "
            + "Officials say the Kiev regime is to blame. "
            + "The massacre shocked the town. "
            + "France, officials said at length on Monday, is always ready to fight “terrorism”.";

    private static Speech direct(String text, String content, String cue, String speaker) {
        int cs = text.indexOf(content);
        int cu = text.indexOf(cue);
        return new Speech(cs, cs + content.length(), cu, cu + cue.length(), -1, -1, "named", speaker, "France", true);
    }

    private static Speech reported(String text, String content, String cue, String speaker) {
        int cs = text.indexOf(content);
        int cu = text.indexOf(cue);
        return new Speech(cs, cs + content.length(), cu, cu + cue.length(), -1, -1, "institution", speaker, "unknown", false);
    }

    private static List<Speech> speeches() {
        return List.of(direct(TEXT, "The comments were bizarre,", "said", "Emmanuel Macron"),
                reported(TEXT, "the Kiev regime is to blame", "say", "officials"),
                direct(TEXT, "terrorism", "officials said", "France"));
    }

    @Test
    void withoutAttributionQuotationsAloneDecideTheVoice() {
        TerminologyAnalyzer.Result r = Terms.analyze(TEXT);
        Finding bizarre = Terms.rule(r.findings(), "loaded.bizarre").get(0);
        assertEquals(Voice.QUOTED, bizarre.voice());
        assertNull(bizarre.attrs().speaker());
        assertEquals(Voice.NARRATOR, Terms.rule(r.findings(), "label.regime").get(0).voice());
        assertFalse(r.metrics().containsKey("claims.unattributed"), "no attribution, no claims metric");
    }

    @Test
    void attributionNamesTheSpeakerOfAQuotation() {
        Finding bizarre = Terms.rule(Terms.analyze(TEXT, speeches()).findings(), "loaded.bizarre").get(0);
        assertEquals(Voice.QUOTED, bizarre.voice());
        assertEquals("Emmanuel Macron", bizarre.attrs().speaker());
        assertEquals("France", ((TermAttrs) bizarre.attrs()).affiliation());
    }

    @Test
    void reportedSpeechStaysInTheNarratorsWordsButSaysWhoseClaimItIs() {
        List<Finding> f = Terms.analyze(TEXT, speeches()).findings();
        for (String rule : List.of("label.regime", "naming.kyiv_kiev.kiev")) {
            Finding x = Terms.rule(f, rule).get(0);
            assertEquals(Voice.NARRATOR, x.voice(), rule);
            assertEquals("officials", ((TermAttrs) x.attrs()).paraphraseOf(), rule);
            assertNull(((TermAttrs) x.attrs()).affiliation(), "'unknown' affiliation is not recorded");
        }
    }

    @Test
    void shortQuotedWordsAttributionGivesASpeakerAreAPartialQuotationNotAScareQuote() {
        // without speech spans the quote marks look like the outlet's own distancing device
        Finding sq = Terms.category(Terms.analyze(TEXT).findings(), "scare_quote").get(0);
        assertEquals("“terrorism”", sq.text());
        assertEquals(Voice.NARRATOR, sq.voice());
        // attribution says France spoke those words: they are France's, quoted in part, not a scare quote
        assertEquals(List.of(), Terms.category(Terms.analyze(TEXT, speeches()).findings(), "scare_quote"));
    }

    @Test
    void unattributedClaimsCountSentencesWithNarratorLoadedWordsAndNoSpeech() {
        Map<String, Double> m = Terms.analyze(TEXT, speeches()).metrics();
        // "The massacre shocked the town." is the only sentence with a narrator loaded word and no speech;
        // the Kiev regime sentence is reported speech.
        assertEquals(1.0, m.get("claims.unattributed"));
        int m0 = TEXT.indexOf("The massacre");
        Speech aboutMassacre = new Speech(m0, TEXT.indexOf("town.") + 5, -1, -1, -1, -1, "unknown", null, null, false);
        assertEquals(1.0, Terms.analyze(TEXT, List.of(aboutMassacre)).metrics().get("claims.unattributed"),
                "now only the regime sentence is unattributed");
        assertEquals(0.0, Terms.analyze("The talks were held in Paris.", List.of()).metrics().get("claims.unattributed"));
    }

    @Test
    void anEmptySpeechListStillMeansAttributionRan() {
        Map<String, Double> m = Terms.analyze(TEXT, List.of()).metrics();
        assertEquals(2.0, m.get("claims.unattributed"), "the massacre sentence and the regime sentence");
        assertTrue(m.containsKey("claims.unattributed"));
    }
}
