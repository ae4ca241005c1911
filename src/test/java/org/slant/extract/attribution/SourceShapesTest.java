package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.Analyse.byCue;
import static org.slant.extract.attribution.Analyse.part;

/**
 * Source shapes the rules missed on PolNeAR's train split (issue 16), each on new invented sentences: a
 * quantifier alone as subject, an aside between subject and verb, a subject with a relative clause and no
 * comma, appositions that hold a relative clause or a long role, an inverted verb's source with its
 * apposition, a poll's share as subject, a transcript's speaker label, and a perfect-tense cue after a
 * long indefinite subject.
 */
class SourceShapesTest {

    private static Finding only(String text, String cue) {
        return byCue(Analyse.text(text), cue);
    }

    private static String side(Finding f) {
        return ((Attrs.Attribution) f.attrs()).affiliation();
    }

    @Test
    void aQuantifierAloneIsTheSubject() {
        assertEquals("Some", part(only("Some say the harbour will never reopen.", "say"), "source"));
        assertEquals("many", part(only("The ferry was late again, and many said they would drive instead.", "said"), "source"));
        assertTrue(Analyse.attributions(Analyse.text("One may recall that the bridge was closed twice.")).isEmpty(),
                "the writer's generic 'one' is nobody");
    }

    @Test
    void anAsideBetweenSubjectAndVerbIsSkipped() {
        assertEquals("The union", part(only("The union, however, says the strike will go on.", "says"), "source"));
        assertEquals("Ms Okafor", part(only("Ms Okafor, in a radio interview, said the budget was short.", "said"), "source"));
        assertEquals("Okafor", part(only("Okafor — after a long pause — told me the budget was short.", "told"), "source"));
    }

    @Test
    void aSubjectWithARelativeClauseRunsToTheVerb() {
        Finding f = only("A nurse who asked not to be named because of hospital rules said the ward was full.", "said");
        assertEquals("A nurse who asked not to be named because of hospital rules", part(f, "source"));
        assertEquals("A nurse", f.attrs().speaker());
        Finding g = only("The farmers whose fields were flooded say the dam was opened too late.", "say");
        assertEquals("The farmers whose fields were flooded", part(g, "source"));
        Finding h = only("A clerk who did not want trouble said the files were lost.", "said");
        assertEquals("A clerk who did not want trouble", part(h, "source"));
    }

    @Test
    void anAppositionWithARelativeClauseOrALongRoleBelongsToTheSource() {
        Finding f = only("Rhea Marsh, a surgeon who advised the council on the new clinic, said the plan was sound.", "said");
        assertEquals("Rhea Marsh, a surgeon who advised the council on the new clinic,", part(f, "source"));
        assertEquals("Rhea Marsh", f.attrs().speaker());
        Finding g = only("Colm Daly, a senior adviser to Ms Reyes and past head of the Dock Workers Union, said the deal was weak.", "said");
        assertEquals("Colm Daly, a senior adviser to Ms Reyes and past head of the Dock Workers Union,", part(g, "source"));
        Finding h = only("And Sen. Ada Pike (R-Ohio), another vulnerable incumbent, said she had not decided.", "said");
        assertEquals("Sen. Ada Pike (R-Ohio), another vulnerable incumbent,", part(h, "source"));
    }

    @Test
    void anInvertedVerbsSourceKeepsItsApposition() {
        Finding f = only("“The numbers do not add up,” said Ivo Brandt, a lawyer who has filed many of the suits.", "said");
        assertEquals("Ivo Brandt, a lawyer who has filed many of the suits", part(f, "source"));
        assertEquals("Ivo Brandt", f.attrs().speaker());
        Finding g = only("“We will be back,” said Ivo Brandt. “Soon.”", "said");
        assertEquals("Ivo Brandt", part(g, "source"), "nothing after the name");
    }

    @Test
    void aPollsShareOrPairedAdjectivesMakeASubject() {
        assertEquals("47 percent", part(only("Around that time, 47 percent said they would stay home.", "said"), "source"));
        assertEquals("current and former officials", part(only(
                "The audit missed the second account entirely, current and former officials said.", "said"), "source"));
        assertEquals("those surveyed", part(only("By wide margins, those surveyed said the tax was unfair.", "said"), "source"));
    }

    @Test
    void aTranscriptsSpeakerLabelAndAHeadlineWithAFullStop() {
        ArticleResult r = Analyse.text("The interview, in part.\n\nHOLLIS: Do you think the port will reopen?\n\n"
                + "VANCE: I think it will. The cranes are already back.");
        assertEquals(java.util.List.of("HOLLIS", "VANCE"),
                Analyse.attributions(r).stream().map(f -> part(f, "source")).toList());
        assertTrue(Analyse.attributions(Analyse.text("Update: the meeting was moved to Friday.")).isEmpty());
        assertTrue(Analyse.attributions(Analyse.text("The plan had one flaw.\n\nRelated: Ports reopen after the storm.")).isEmpty());
    }

    @Test
    void aPerfectTenseCueAfterALongIndefiniteSubject() {
        Finding f = only("A leader of the striking dockers in the northern port has admitted that the cargo was diverted.",
                "has admitted");
        assertEquals("A leader of the striking dockers in the northern port", part(f, "source"));
        assertTrue(Analyse.attributions(Analyse.text("A group called the Harbour Trust organised the march.")).isEmpty(),
                "a naming participle after an indefinite phrase is still no cue");
    }

    @Test
    void aNameTakesTheSideOfTheRolePhraseInApposition() {
        Finding f = only("A leader of pro-Russian rebels in eastern Ukraine, Pavel Sirko, said the ceasefire was over.", "said");
        assertEquals("A leader of pro-Russian rebels in eastern Ukraine, Pavel Sirko,", part(f, "source"));
        assertEquals("Pavel Sirko", f.attrs().speaker());
        assertEquals("russia", side(f));
        Finding m = only("A leader of pro-Ukrainian militias in western Russia, Oleg Dmytrenko, said the ceasefire was over.", "said");
        assertEquals("ukraine", side(m), "the mirror");
        Finding g = only("“The ceasefire is over,” said Pavel Sirko, a leader of pro-Russian rebels.", "said");
        assertEquals("russia", side(g), "the apposition after an inverted verb");
    }

    @Test
    void anAsClauseTakesTheMainClauseAsContent() {
        Finding f = only("As the Harbour Courier reported, the mill will close in May.", "reported");
        assertEquals("the Harbour Courier", part(f, "source"));
        assertEquals("the mill will close in May", part(f, "content"));
        Finding g = only("As Ms Roux told the panel, funds are short.", "told");
        assertEquals("funds are short", part(g, "content"));
    }

    @Test
    void aQuotationAfterAListenerAndAPlaceStillFollowsTheCue() {
        Finding f = only("Delmar told reporters in Dover last week, “We will carry this county.”", "told");
        assertEquals("Delmar", part(f, "source"));
        assertEquals("We will carry this county.", part(f, "content"));
    }

    @Test
    void aShareOfThoseAskedIsTheSubject() {
        ArticleResult r = Analyse.text("One in three said the fees were too high, and nearly two in five said they would leave.");
        assertEquals(java.util.List.of("One in three", "nearly two in five"),
                Analyse.attributions(r).stream().map(f -> part(f, "source")).toList());
    }

    @Test
    void aParticipleAfterADescribedSubjectSharesIt() {
        Finding f = only("The retired judge opened with the court's backlog, saying that cases waited two years.", "saying");
        assertEquals("The retired judge", ((Attrs.Attribution) f.attrs()).speaker());
    }

    @Test
    void aQuantifierAfterTheStaysInTheSourceOfAccordingTo() {
        Finding f = only("The mayor leads by nine points, according to the most recent county poll.", "according to");
        assertEquals("the most recent county poll", part(f, "source"));
    }

    @Test
    void aLabelAfterAnObjectPronounIsSpeechAPhoneCallIsNot() {
        Finding f = only("The senator called him a “reckless gambler” at the hearing.", "called");
        assertEquals("The senator", part(f, "source"));
        assertTrue(Analyse.attributions(Analyse.text("The senator called him at noon to ask about the hearing.")).isEmpty());
    }

    @Test
    void aDescribedSourceOfAccordingToNeedNotNameAnyone() {
        assertEquals("recent polling", part(only("According to recent polling, the mayor is ahead again.", "According to"), "source"));
        assertEquals("recently leaked county documents", part(only(
                "The rebels seized the depot, according to recently leaked county documents.", "according to"), "source"));
        assertTrue(Analyse.attributions(Analyse.text("The works went ahead according to plan.")).isEmpty());
    }
}
