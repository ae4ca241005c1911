package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.model.Attrs;
import org.slant.model.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.slant.extract.attribution.Analyse.byCue;

/**
 * A full name of the general actor table takes its side only with support in the article (issue 16): a
 * role, party label, country or organisation in the same sentence, or the person's side or country named
 * anywhere. "Tom Clarke" is a British MP in the public table (checked below); the sentences are invented.
 */
class NamesakesTest {

    private static String side(String text, String cue) {
        Finding f = byCue(Analyse.text(text), cue);
        return ((Attrs.Attribution) f.attrs()).affiliation();
    }

    @Test
    void theTableHoldsTheName() {
        assertNotNull(ActorTable.shipped().find("tom clarke"));
    }

    @Test
    void aNamesakeWithoutSupportingContextIsOfUnknownSide() {
        assertEquals("unknown", side("Tom Clarke, who studies glaciers at a research station, said the ice was thinning.", "said"));
        assertEquals("unknown", side("The glacier lost a metre this year.\n\nTom Clarke said the ice was thinning.\n\n"
                + "“It is the fastest loss we have seen,” Clarke added.", "added"), "nor his surname later");
    }

    @Test
    void aRoleOrPartyNearTheNameOrTheCountryInTheArticleConfirmsIt() {
        assertEquals("uk", side("Tom Clarke, a Labour MP, said the ice was thinning.", "said"));
        assertEquals("uk", side("Britain will host the climate summit.\n\nTom Clarke said the ice was thinning.", "said"));
        assertEquals("uk", side("The MP Tom Clarke said the ice was thinning.", "said"));
    }

    @Test
    void contextInTheNextSentenceDoesNotCount() {
        assertEquals("unknown", side("Tom Clarke said the ice was thinning. The minister disagreed.", "said"));
    }
}
