package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.Analyse.byCue;
import static org.slant.extract.attribution.Analyse.part;

/**
 * Sides resolved by rule, on new sentences of the shapes issue 16 lists: a role with its country, a
 * diplomat's posting, "pro-" groups, organisations, US party labels and the general actor table. Every
 * name here is invented except the legislators, who come from the public actor table.
 */
class SidesByRuleTest {

    private static String side(Finding f) {
        return ((Attrs.Attribution) f.attrs()).affiliation();
    }

    private static Finding only(String text, String cue) {
        return byCue(Analyse.text(text), cue);
    }

    @Test
    void anAmbassadorSpeaksForTheCountryThatSentHimNotItsPosting() {
        Finding f = only("U.S. Ambassador to Ukraine Carla Menendez said the convoy had crossed.", "said");
        assertEquals("U.S. Ambassador to Ukraine Carla Menendez", part(f, "source"));
        assertEquals("us", side(f));
        Finding g = only("“The talks are over,” Ambassador to Poland Ruth Calloway said.", "said");
        assertEquals("unknown", side(g), "the posting alone gives no side");
        Finding h = only("Ukrainian envoy in Moscow Ivan Hrytsenko said the prisoners were home.", "said");
        assertEquals("ukraine", side(h));
    }

    @Test
    void aShortNameTakesTheSideTheRoleOfItsFirstMentionGave() {
        // the first mention speaks no words; the later short one does
        Finding f = only("The Ukrainian defence minister, Taras Hnatiuk, flew to Warsaw on Monday. "
                + "Mr Hnatiuk said the shells would arrive.", "said");
        assertEquals("Taras Hnatiuk", f.attrs().speaker());
        assertEquals("ukraine", side(f));
        Finding g = only("The Russian defence minister, Pavel Gromov, flew to Minsk on Monday. "
                + "Mr Gromov said the shells would arrive.", "said");
        assertEquals("russia", side(g), "the mirror");
        Finding h = only("U.S. Ambassador to Russia Dana Whitfield met the minister. Whitfield said the talks were over.", "said");
        assertEquals("us", side(h), "the posting is not the side");
        Finding k = only("Irina Kovalenko, a Ukrainian diplomat, arrived. Ms Kovalenko said the convoy had left.", "said");
        assertEquals("ukraine", side(k), "an apposition after the name");
        Finding u = only("Maria Ostrova arrived in Vienna. Ms Ostrova said the convoy had left.", "said");
        assertEquals("unknown", side(u), "no role, no side");
    }

    @Test
    void aProGroupIsOnTheSideItNamesWhateverPlaceComesFirst() {
        Finding f = only("A commander of pro-Ukrainian partisans in western Russia said that his men blew up the depot.", "said");
        assertEquals("A commander of pro-Ukrainian partisans in western Russia", part(f, "source"));
        assertEquals("ukraine", side(f));
        Finding g = only("A spokesman for pro-Russian separatists in southern Ukraine said the bridge was mined.", "said");
        assertEquals("russia", side(g));
        Finding h = only("An anti-Russian activist from Moldova said the vote was rigged.", "said");
        assertEquals("moldova", side(h), "a place after anti- is not the speaker's side");
    }

    @Test
    void aRoleWithItsCountryOrOrganisationGivesTheSide() {
        assertEquals("russia", side(only("Russian Ambassador Oleg Tarasov said the embassy would stay open.", "said")));
        assertEquals("russia", side(only("“Nothing has changed,” Kremlin spokesman Yuri Belenko told reporters.", "told")));
        assertEquals("ukraine", side(only("Ukraine's foreign minister Olena Savchuk said the grain would ship.", "said")));
        assertEquals("ukraine", side(only("The Rada said the law would pass this week.", "said")));
        assertEquals("germany", side(only("The Bundestag said the budget would be cut.", "said")));
        assertEquals("us", side(only("The Pentagon said the drills would go ahead.", "said")));
    }

    @Test
    void aPartyLabelGivesTheUsParty() {
        Finding r = only("Sen. Dale Hutchins (R-S.C.) said the bill was dead.", "said");
        assertEquals("Dale Hutchins", r.attrs().speaker());
        assertEquals("us-republicans", side(r));
        Finding d = only("“It is a disgrace,” said Rep. Maria Quintero, D-Calif., on Tuesday.", "said");
        assertEquals("us-democrats", side(d));
        Finding none = only("The D-Day veterans said the parade was moving.", "said");
        assertEquals("unknown", side(none), "D-Day is no party label");
    }

    @Test
    void theActorTableGivesALegislatorsSideAndTheirSurnameLaterInTheArticle() {
        ArticleResult r = Analyse.text("Sen. Lindsey Graham said the aid would pass.\n\n“We have the votes,” Graham added.");
        assertEquals("us-republicans", side(byCue(r, "said")));
        Finding later = byCue(r, "added");
        assertEquals("Lindsey Graham", later.attrs().speaker());
        assertEquals("us-republicans", side(later));
    }

    @Test
    void aNameOfTwoCountriesIsRefusedAndASurnameAloneIsNobody() {
        ActorTable t = ActorTable.shipped();
        assertNull(t.find("chris smith"), "GB and US: refused");
        assertNotNull(t.find("nancy pelosi"));
        assertEquals("unknown", side(only("Chris Smith said the vote was close.", "said")));
        assertEquals("unknown", side(only("Graham said the vote was close.", "said")), "no full mention before");
        ArticleResult r = Analyse.text("Senator Jim Justice said the bill would pass.\n\nThe Justice Department said it would not.");
        java.util.List<Finding> fs = Analyse.attributions(r);
        assertEquals(2, fs.size());
        assertEquals("us-republicans", side(fs.get(0)));
        assertEquals("unknown", side(fs.get(1)), "a surname inside a longer name is not the person");
    }

    @Test
    void twoFullNamesWithOneSurnameLeaveTheSurnameUnresolved() {
        ArticleResult r = Analyse.text("Lindsey Graham and Nancy Pelosi met in Washington on Monday.\n\nPelosi said the talks went well.");
        assertEquals("us-democrats", side(byCue(r, "said")));
        ActorGazetteer g = org.slant.Slant.lexicons().standard().compile(new ActorKind());
        assertEquals("us-republicans", g.side(new ActorTable.Person("US", "R")));
        assertEquals("uk", g.side(new ActorTable.Person("GB", "")));
        assertEquals("unknown", g.side(new ActorTable.Person("TZ", "")), "a country with no side");
    }

    @Test
    @Timeout(30)
    void aLongRunOfCapitalisedWordsIsScannedInLinearTime() {
        // 60,000 capitalised words in one run, each a possible name start: the key stops growing as soon as no
        // name of the table starts with it
        String text = "Lindsey Graham Chris ".repeat(20_000);
        var tokens = org.slant.text.Tokenizer.tokenize(text);
        ActorGazetteer g = org.slant.Slant.lexicons().standard().compile(new ActorKind());
        var found = g.mentions(tokens, text);
        assertEquals(20_000, found.size(), "each \"Lindsey Graham\"; \"Chris\" alone is nobody");
        assertTrue(found.stream().allMatch(m -> m.endToken() - m.firstToken() == 2));
    }

    @Test
    void aUserLexiconCanGiveACountryOfTheTableItsSide() {
        String yaml = "id: t\nversion: 1.0.0\nkind: actors\ndescription: d\nprovenance: p\nentries:\n"
                + "  - id: country.tanzania\n    type: country\n    actor: tanzania\n    iso: TZ\n"
                + "    names: [Tanzania]\n    rationale: r\n    examples: {match: [Tanzania said], no_match: [Kenya said]}\n";
        java.util.List<org.slant.lexicon.LexiconFile> files = new java.util.ArrayList<>(org.slant.Slant.lexicons().builtIn());
        files.add(org.slant.lexicon.LexiconLoader.parse("my-actors.yaml", yaml));
        ActorGazetteer g = new org.slant.lexicon.Lexicons(files).compile(new ActorKind());
        assertEquals("tanzania", g.side(new ActorTable.Person("TZ", "")));
        String bad = yaml.replace("iso: TZ", "iso: Tanzania");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.slant.config.ConfigException.class, () -> new ActorKind()
                .compile(java.util.List.of(org.slant.lexicon.LexiconLoader.parse("my-actors.yaml", bad))));
        assertTrue(e.getMessage().startsWith("my-actors.yaml:10:"), e.getMessage());
    }
}
