package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.ingest.OutletKind;
import org.slant.lexicon.Lexicons;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The learned model's source spans go through the rules' speaker and side resolution: spans set by hand on
 * invented sentences, so the test says what the resolution does with a model source, whatever the model finds.
 */
class ModelSourcesTest {

    private static final Lexicons LEX = Slant.lexicons().standard();
    private static final ModelSources SOURCES = new ModelSources(LEX.compile(new ActorKind()), LEX.compile(new OutletKind()),
            LEX.compile(new GenderWordsKind()));

    private static int token(Content c, String word, int nth) {
        int seen = 0;
        for (int i = 0; i < c.tokens().size(); i++) {
            if (c.tokens().get(i).norm().equals(word) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static Content content(String text) {
        return Content.of(text, BlockSplitter.split(text));
    }

    @Test
    void aRoleWithItsCountryGivesTheSideAndAShortNameLinksToItsFirstMention() {
        Content c = content("U.S. Ambassador to Ukraine Carla Menendez met the minister on Monday. "
                + "Menendez said the convoy had crossed.");
        int said = token(c, "said", 0);
        int first = 0;
        int carla = token(c, "menendez", 0);
        List<AttributionModel.Found> found = List.of(
                new AttributionModel.Found(carla + 1, carla + 2, first, carla + 1),
                new AttributionModel.Found(said, said + 1, said - 1, said));
        List<Source> s = SOURCES.resolve(c, null, found);
        assertEquals("us", s.get(0).affiliation(), "the posting is not the side: " + s.get(0));
        assertEquals("Carla Menendez", s.get(1).speaker(), s.get(1).toString());
        assertEquals("us", s.get(1).affiliation(), "the short name takes its first mention's side");
    }

    @Test
    void aPronounResolvesAsTheRulesResolveItAndNoSourceStaysNone() {
        String text = "Irina Kovalenko, a Ukrainian diplomat, arrived in Vienna on Monday. She said the talks would resume. "
                + "The weather was mild.";
        Content c = content(text);
        int she = token(c, "she", 0);
        int mild = token(c, "mild", 0);
        List<Source> s = SOURCES.resolve(c, null, List.of(new AttributionModel.Found(she + 1, she + 2, she, she + 1),
                new AttributionModel.Found(mild, mild + 1, -1, -1)));
        assertEquals("Irina Kovalenko", s.get(0).speaker(), s.get(0).toString());
        org.slant.model.Finding rules = Analyse.byCue(Analyse.text(text), "said");
        assertEquals(rules.attrs().speaker(), s.get(0).speaker(), "the rules' engine resolves the same span alike");
        assertEquals(((org.slant.model.Attrs.Attribution) rules.attrs()).affiliation(), s.get(0).affiliation());
        assertNull(s.get(1), "no source span, nothing to resolve");
    }
}
