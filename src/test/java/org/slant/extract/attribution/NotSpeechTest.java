package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.config.ConfigException;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconLoader;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.Analyse.attributions;
import static org.slant.extract.attribution.Analyse.byCue;
import static org.slant.extract.attribution.Analyse.part;

/**
 * Issue 16, "not speech": words that look like cues but are not, and passives whose source comes after
 * "by". Every text is invented.
 */
class NotSpeechTest {

    private static List<String> cues(ArticleResult r) {
        return attributions(r).stream().map(f -> part(f, "cue")).toList();
    }

    @Test
    void impersonalAppearancesAreNotSpeech() {
        assertEquals(List.of(), cues(Analyse.text("The storm left what appeared to be a second wreck near the pier.")));
        assertEquals(List.of(), cues(Analyse.text("The ferry, it seems, has been sold for scrap.")));
        assertFalse(cues(Analyse.text("The envoy appeared to suggest that the offer was late.")).isEmpty(),
                "before a reporting verb the hedge is a speaker's act");
    }

    @Test
    void seekingSomethingRaisingFearsAndSuspectsAreNotSpeech() {
        assertEquals(List.of(), cues(Analyse.text("Investors are seeking clarity on the new rates.")));
        assertEquals(List.of(), cues(Analyse.text("The leak raises fears that the lake will be poisoned.")));
        assertEquals(List.of(), cues(Analyse.text("Police questioned two suspects near the station on Tuesday.")));
        assertFalse(cues(Analyse.text("Farmers are seeking to delay the vote.")).isEmpty(), "an intention stays a cue");
        assertEquals(1, cues(Analyse.text("Investigators suspect that the fire was set on purpose.")).size());
    }

    @Test
    void theWritersOwnVoiceIsNoAnonymousSource() {
        ArticleResult r = Analyse.text("Readers will recall that the mayor resigned last spring. "
                + "The bridge, as you may recall, was closed for a year.");
        assertEquals(List.of(), attributions(r).stream().map(Finding::category).toList());
        assertEquals(0.0, r.metric("attribution.anonymous_share"), 1e-9);
    }

    @Test
    void aPassiveWithAnAgentResolvesToTheAgent() {
        Finding f = byCue(Analyse.text("The envoy was accused by a Baltic colleague of stalling the talks."), "was accused");
        assertEquals("a Baltic colleague", part(f, "source"));
        assertEquals("passive", ((Attrs.Attribution) f.attrs()).pattern());
        assertTrue(part(f, "content").contains("The envoy"), part(f, "content"));
        assertEquals(List.of(), cues(Analyse.text("The envoy was accused of stalling the talks.")),
                "no agent, no source: left alone");
        assertEquals(List.of(), cues(Analyse.text("The deal was condemned by a wide margin.")), "a margin is no agent");
    }

    @Test
    void aDocumentIssuedBySomeoneSpeaksForTheIssuer() {
        Finding f = byCue(Analyse.text("Fares will rise in March, according to a statement released by the transport ministry."),
                "according to");
        assertEquals("a statement released by the transport ministry", part(f, "source"));
        assertEquals("transport ministry", f.attrs().speaker());
        assertEquals("institution", f.category());
        Finding obtained = byCue(Analyse.text("Fares will rise, according to documents obtained by a local radio station."),
                "according to");
        assertFalse(obtained.attrs().speaker().contains("radio"), "who obtained a document did not write it");
    }

    @Test
    void everyMatchExampleMarksItsExactSpan() {
        int checked = 0;
        for (LexiconFile f : Slant.lexicons().builtIn()) {
            if (!f.kind().equals("not-speech")) {
                continue;
            }
            for (LexiconEntry e : f.entries()) {
                for (String ex : e.mustMatch()) {
                    assertTrue(ex.contains("[[") && ex.contains("]]"), e.location() + ": mark the phrase: " + ex);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 10, "examples checked: " + checked);
    }

    @Test
    void aMarkedSpanThatIsNotTheMatchDoesNotFire() {
        NotSpeechKind kind = new NotSpeechKind(Slant.lexicons());
        NotSpeech compiled = Slant.lexicons().standard().compile(kind);
        assertEquals(java.util.Set.of("not-speech.raise-fears"), kind.fired(compiled, "The leak [[raises fears]] that the lake will dry."));
        assertEquals(java.util.Set.of(), kind.fired(compiled, "The leak [[raises]] fears that the lake will dry."));
        assertEquals(java.util.Set.of(), kind.fired(compiled, "[[The leak]] raises fears that the lake will dry."));
    }

    @Test
    void aNotSpeechEntryNeedsAPhrase() {
        String yaml = "id: t\nversion: 1.0.0\nkind: not-speech\ndescription: d\nprovenance: p\nconventions: c\nentries:\n"
                + "  - id: x\n    after: [the]\n    rationale: r\n    examples: {match: [\"a\"], no_match: [\"b\"]}\n";
        assertThrows(ConfigException.class, () -> new NotSpeechKind().compile(List.of(LexiconLoader.parse("ns.yaml", yaml))));
    }

    @Test
    void aGenderWordIsOneWordAndOneListedForBothTellsNothing() {
        String head = "id: t\nversion: 1.0.0\nkind: gender-words\ndescription: d\nprovenance: p\nconventions: c\nentries:\n";
        String two = head + "  - id: a\n    words: [Mary Ann]\n    gender: f\n    rationale: r\n"
                + "    examples: {match: [\"a\"], no_match: [\"b\"]}\n";
        ConfigException e = assertThrows(ConfigException.class,
                () -> new GenderWordsKind().compile(List.of(LexiconLoader.parse("g.yaml", two))));
        assertTrue(e.getMessage().startsWith("g.yaml:"), e.getMessage());
        String both = head + "  - id: a\n    words: [Alex, Mary]\n    gender: f\n    rationale: r\n"
                + "    examples: {match: [\"a\"], no_match: [\"b\"]}\n"
                + "  - id: b\n    words: [Alex]\n    gender: m\n    rationale: r\n    examples: {match: [\"a\"], no_match: [\"b\"]}\n";
        GivenNames g = new GenderWordsKind().compile(List.of(LexiconLoader.parse("g.yaml", both)));
        assertEquals(null, g.ofName("alex"));
        assertEquals("f", g.ofName("mary"));
    }
}
