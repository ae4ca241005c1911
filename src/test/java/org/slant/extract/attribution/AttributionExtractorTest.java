package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.pipeline.Keys;
import org.slant.text.BlockSplitter;
import org.slant.text.Speech;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.Analyse.attributions;
import static org.slant.extract.attribution.Analyse.byCue;
import static org.slant.extract.attribution.Analyse.part;

class AttributionExtractorTest {

    @Test
    void declaresItsKeys() {
        AttributionExtractor x = new AttributionExtractor(Slant.lexicons().standard());
        assertEquals("attribution", x.id());
        assertEquals(Set.of(Keys.CONTENT), x.requires());
        assertEquals(Set.of(Keys.SPEECH), x.provides());
    }

    @Test
    void quoteFirstQuoteLastAndReportedSpeech() {
        ArticleResult r = Analyse.text("“We are ready,” said Mr Macron.\n\n"
                + "Kremlin spokesman Ilya Korin told reporters: “There is no dialogue.”\n\n"
                + "Russian Foreign Minister Pavel Orlov said that the talks had failed.");
        Finding first = attributions(r).get(0);
        assertEquals("Mr Macron", part(first, "source"));
        assertEquals("We are ready", part(first, "content"));
        assertEquals(Voice.QUOTED, first.voice());
        assertEquals("quote-first", ((Attrs.Attribution) first.attrs()).pattern());
        Finding last = byCue(r, "told");
        assertEquals("There is no dialogue.", part(last, "content"));
        assertEquals("Ilya Korin", last.attrs().speaker());
        assertEquals("Kremlin spokesman", ((Attrs.Attribution) last.attrs()).role());
        Finding reported = attributions(r).stream().filter(f -> part(f, "source").equals("Russian Foreign Minister Pavel Orlov")).findFirst().orElseThrow();
        assertEquals(Voice.REPORTED, reported.voice());
        assertEquals("that the talks had failed", part(reported, "content"));
        assertEquals("russia", ((Attrs.Attribution) reported.attrs()).affiliation());
    }

    @Test
    void findingSpansTheSourceAndTheCue() {
        String text = "Officials said the bridge was closed.";
        Finding f = byCue(Analyse.text(text), "said");
        assertEquals("Officials said", f.text());
        assertEquals("anonymous", f.category());
        assertEquals("cue.say", f.rule());
    }

    @Test
    void accordingToBeforeAndAfterItsContent() {
        ArticleResult r = Analyse.text("According to the French defence ministry, the call lasted an hour.\n\n"
                + "The call was cordial, according to Le Monde.");
        List<Finding> fs = attributions(r);
        assertEquals(2, fs.size());
        assertEquals("institution", fs.get(0).category());
        assertEquals("france", ((Attrs.Attribution) fs.get(0).attrs()).affiliation());
        assertEquals("the call lasted an hour", part(fs.get(0), "content"));
        assertEquals("media", fs.get(1).category());
        assertEquals("The call was cordial", part(fs.get(1), "content"));
    }

    @Test
    void sourceTypes() {
        ArticleResult r = Analyse.text("Officials said the plan failed. The Kremlin said it was wrong. "
                + "Moscow said it would reply. Some observers said it was a change of tack. "
                + "A source close to the minister said it was over. This newspaper has learned that the deal collapsed.");
        List<String> types = attributions(r).stream().map(Finding::category).toList();
        assertEquals(List.of("anonymous", "institution", "institution", "anonymous", "anonymous", "self"), types);
    }

    @Test
    void theArticlesOwnOutletIsSelfAndAnotherOutletIsMedia() {
        String text = "The Telegraph understands that the minister was confronted.";
        assertEquals("self", byCue(Analyse.text(text, "The Telegraph"), "understands").category());
        assertEquals("media", byCue(Analyse.text(text, "The Guardian"), "understands").category());
        Finding toAfp = byCue(Analyse.text("“It is over,” a source close to the minister told AFP."), "told");
        assertEquals("anonymous", toAfp.category());
        assertEquals("AFP", ((Attrs.Attribution) toAfp.attrs()).medium());
    }

    @Test
    void aPronounTakesTheOnlyPersonOfItsGenderInTheSentenceBefore() {
        ArticleResult r = Analyse.text("Mr Sunak spoke to the BBC on Monday.\n\nHe said: “We are ready.”");
        Finding he = byCue(r, "said");
        assertEquals("Rishi Sunak", he.attrs().speaker());
        assertEquals("pronoun", ((Attrs.Attribution) he.attrs()).resolution());
        assertEquals("uk", ((Attrs.Attribution) he.attrs()).affiliation());
    }

    @Test
    void anAmbiguousOrIncompatiblePronounStaysUnresolved() {
        ArticleResult two = Analyse.text("After a long evening of talks in Paris and a dinner with Mr Lecornu and "
                + "Mr Shoigu, nothing was agreed. He said the talks were useful.");
        assertEquals("unresolved", byCue(two, "said").category());
        ArticleResult gender = Analyse.text("Ms Zakharova spoke on Monday. He said the talks were useful.");
        assertEquals("unresolved", byCue(gender, "said").category());
    }

    @Test
    void aParticipleSharesTheSourceOfTheVerbBeforeIt() {
        Finding adding = byCue(Analyse.text("“It is over,” said Mr Macron, adding that talks would resume."), "adding");
        assertEquals("Emmanuel Macron", adding.attrs().speaker());
        assertEquals("shared", ((Attrs.Attribution) adding.attrs()).resolution());
        assertEquals("adding", adding.text(), "a shared source is not part of the finding's span");
    }

    @Test
    void aQuotationContinuesInTheNextParagraph() {
        ArticleResult r = Analyse.text("“The situation remains unstable,” a senior Nato official said.\n\n"
                + "“We know that frontline units are having to make difficult choices every day.”\n\n"
                + "The meeting ended with a “Trump-proof” fund.");
        Finding f = byCue(r, "said");
        assertFalse(((Attrs.Attribution) f.attrs()).contentMore().isEmpty());
        assertEquals(1, attributions(r).size(), "the shudder quote in the narration is nobody's words");
    }

    @Test
    void cueStanceComesFromTheLexicon() {
        ArticleResult r = Analyse.text("The minister claimed that the plan worked. The minister said that it failed. "
                + "The minister slammed the report as absurd. The minister confirmed that it failed.");
        assertEquals(List.of("distancing", "neutral", "emotive", "endorsing"),
                attributions(r).stream().map(f -> ((Attrs.Attribution) f.attrs()).stance()).toList());
        assertEquals(0.25, r.metric("attribution.distancing_share"), 1e-9);
        assertEquals(0.25, r.metric("attribution.emotive_share"), 1e-9);
    }

    @Test
    void nestedSpeechIsMarkedAndWordsCountOnceForTheInnermostSpeaker() {
        ArticleResult r = Analyse.text("According to a readout from the Russian defence ministry, Defence Minister "
                + "Ivan Sorokin told Mr Arnaud that France had been involved.");
        Finding shoigu = byCue(r, "told");
        assertEquals(true, ((Attrs.Attribution) shoigu.attrs()).nested());
        assertEquals(false, ((Attrs.Attribution) byCue(r, "According to a readout from").attrs()).nested());
        // "Defence Minister Ivan Sorokin told Mr Arnaud" belongs to the ministry, "that France had been
        // involved" to the minister, who has no side of his own: each word counted once, for the innermost speaker
        assertEquals(7.0, r.metric("voice.russia.words"));
        assertEquals(5.0, r.metric("voice.unknown.words"));
    }

    @Test
    void metricsOfAnArticleWithoutAttributionAreZero() {
        ArticleResult r = Analyse.text("The bridge was closed on Monday. Traffic was heavy.");
        assertTrue(attributions(r).isEmpty());
        assertEquals(0.0, r.metric("attribution.count"));
        assertEquals(0.0, r.metric("attribution.named_share"));
        assertEquals(0.0, r.metric("attribution.distancing_share"));
        assertEquals(0.0, r.metric("quote.share"));
        assertFalse(r.metrics().keySet().stream().anyMatch(k -> k.startsWith("voice.")));
    }

    @Test
    void quoteShareCountsWordsInsideAttributedQuotations() {
        ArticleResult r = Analyse.text("“We are ready now,” said Mr Macron.");
        // 4 of the 7 words are inside the quotation
        assertEquals(4.0 / 7, r.metric("quote.share"), 1e-6);
        assertEquals(4.0, r.metric("voice.france.words"));
    }

    @Test
    void theSpeechListHoldsEveryAttributedQuotationSortedInCleanOffsets() {
        String text = "Mr Macron said France had “useful information” to share. “We are ready,” he added.";
        Content c = Content.of(text, BlockSplitter.split(text));
        AttributionExtractor.Result r = new AttributionExtractor(Slant.lexicons().standard()).analyze(c, null);
        List<Speech> speech = r.speech();
        assertEquals(List.of("France had “useful information” to share", "useful information", "We are ready"),
                speech.stream().map(s -> text.substring(s.contentStart(), s.contentEnd())).toList());
        assertEquals(List.of(false, true, true), speech.stream().map(Speech::direct).toList());
        assertTrue(speech.stream().allMatch(s -> "Emmanuel Macron".equals(s.speaker())));
        for (int i = 1; i < speech.size(); i++) {
            assertTrue(speech.get(i - 1).contentStart() <= speech.get(i).contentStart());
        }
    }
}
