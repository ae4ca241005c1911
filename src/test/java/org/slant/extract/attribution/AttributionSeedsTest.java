package org.slant.extract.attribution;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.testing.Golden;
import org.slant.testing.OffsetChecks;
import org.slant.testing.Project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seed articles, analysed as users analyse them (the seeds folder with its manifest): the
 * attributions the issue names, the voice balance of the RT and Telegraph articles, and a golden file of
 * every attribution finding per seed.
 */
class AttributionSeedsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults().withThreads(1));
        assertTrue(analysis.errors().isEmpty(), analysis.errors().toString());
    }

    private static ArticleResult seed(String prefix) {
        return analysis.articles().stream().filter(r -> r.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<Finding> attributions(ArticleResult r) {
        return r.findings().stream().filter(f -> f.extractor().equals("attribution")).toList();
    }

    private static String text(Finding f, String part) {
        return Analyse.part(f, part);
    }

    /** The attribution whose source and cue read as given. */
    private static Finding find(String seed, String source, String cue) {
        return attributions(seed(seed)).stream()
                .filter(f -> text(f, "source").equals(source) && text(f, "cue").equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution '" + source + "' / '" + cue + "' in seed " + seed));
    }

    private static void assertSource(String seed, String source, String cue, String type, String speaker,
                                     String affiliation) {
        Finding f = find(seed, source, cue);
        assertEquals(type, f.category(), source + " " + cue);
        assertEquals(speaker, f.attrs().speaker(), source + " " + cue);
        assertEquals(affiliation, ((Attrs.Attribution) f.attrs()).affiliation(), source + " " + cue);
    }

    @Test
    void anonymousSources() {
        assertSource("000", "sources", "told", "anonymous", "sources", "unknown");
        assertSource("000", "a senior Nato official", "said", "anonymous", "a senior Nato official", "nato");
        // the minister is named by surname only and no lexicon, table or role gives his side: unknown, not guessed
        assertSource("001", "a source close to Mr. Lecornu", "told", "anonymous", "a source close to Mr. Lecornu", "unknown");
        // "the source added" points back to the senior Nato official
        assertSource("000", "the source", "added", "anonymous", "a senior Nato official", "nato");
        assertEquals("AFP", ((Attrs.Attribution) find("001", "a source close to Mr. Lecornu", "told").attrs()).medium());
    }

    @Test
    void theOutletItself() {
        assertSource("000", "The Telegraph", "understands", "self", "The Telegraph", "unknown");
        assertSource("000", "The Telegraph", "has learned", "self", "The Telegraph", "unknown");
    }

    @Test
    void namedSourcesWithTheirSide() {
        assertSource("000", "Mr Macron", "said", "named", "Emmanuel Macron", "france");
        assertSource("001", "Mr. Macron", "said", "named", "Emmanuel Macron", "france");
        // sides by rule: a role with its country or organisation; a bare surname with no full mention stays unknown
        // "Mr Lecornu" is linked to the article's first full mention ("The French defence minister, Sebastien Lecornu")
        // and takes the side its role gives ("French"), as "French Defense Minister Sebastien Lecornu told" does
        assertSource("000", "Mr Lecornu", "said", "named", "Sebastien Lecornu", "france");
        assertSource("002", "French Defense Minister Sebastien Lecornu", "told", "named", "Sebastien Lecornu", "france");
        assertSource("000", "Kremlin spokesman Dmitry Peskov", "earlier told", "named", "Dmitry Peskov", "russia");
        assertSource("003", "Kremlin spokesman Dmitry Peskov", "dismissed", "named", "Dmitry Peskov", "russia");
        assertSource("003", "Russian Ambassador Aleksey Meshkov", "said", "named", "Aleksey Meshkov", "russia");
        assertSource("000", "Mr Stoltenberg", "told", "named", "Jens Stoltenberg", "nato");
        assertSource("000", "Lord Cameron", "told", "named", "Cameron", "unknown");
        assertSource("000", "Spain’s José Manuel Albares", "said", "named", "José Manuel Albares", "spain");
        assertSource("000", "Hungary’s foreign minister Peter Szijjarto", "claiming", "named", "Peter Szijjarto", "hungary");
        assertEquals("Kremlin spokesman", ((Attrs.Attribution) find("000", "Kremlin spokesman Dmitry Peskov", "earlier told").attrs()).role());
    }

    @Test
    void shoiguThroughTheRussianDefenceMinistryReadout() {
        Finding readout = find("000", "the Russian defence ministry", "according to a read-out from");
        assertEquals("institution", readout.category());
        assertEquals("russia", ((Attrs.Attribution) readout.attrs()).affiliation());
        Finding shoigu = find("000", "Mr Shoigu", "told");
        assertEquals("named", shoigu.category());
        assertEquals("Sergei Shoigu", shoigu.attrs().speaker(), "linked to the article's first full mention");
        // no lexicon person: his side would come from linking him to the ministry's minister, which nothing does
        assertEquals("unknown", ((Attrs.Attribution) shoigu.attrs()).affiliation());
        assertEquals(true, ((Attrs.Attribution) shoigu.attrs()).nested(), "Shoigu speaks inside the readout");
        assertTrue(text(readout, "content").contains(text(shoigu, "cue")));
    }

    @Test
    void pronounsResolveToTheSpeakerBefore() {
        Finding he = find("000", "He", "said");
        assertEquals("Cameron", he.attrs().speaker(), "“He said:” after Lord Cameron's interview");
        assertEquals("pronoun", ((Attrs.Attribution) he.attrs()).resolution());
        assertEquals("BBC", ((Attrs.Attribution) he.attrs()).medium(), "the BBC's Ukrainecast");
        Finding peskov = attributions(seed("000")).stream()
                .filter(f -> text(f, "source").equals("he") && text(f, "content").startsWith("Nato was")).findFirst().orElseThrow();
        assertEquals("Dmitry Peskov", peskov.attrs().speaker());
    }

    @Test
    void directQuotationsAreQuotedAndReportedSpeechIsReported() {
        Finding quote = find("000", "a senior Nato official", "said");
        assertEquals(true, ((Attrs.Attribution) quote.attrs()).direct());
        assertEquals("quoted", quote.voice().name().toLowerCase());
        assertFalse(((Attrs.Attribution) quote.attrs()).contentMore().isEmpty(), "the next paragraph's quotation continues it");
        Finding reported = find("000", "Mr Lecornu", "said");
        assertEquals(false, ((Attrs.Attribution) reported.attrs()).direct());
        assertEquals("reported", reported.voice().name().toLowerCase());
    }

    @Test
    void theRtSeedGivesMostOfItsAttributedWordsToRussianSpeakers() {
        ArticleResult rt = seed("003");
        double russia = rt.metric("voice.russia.words");
        // over all attributed words, the unknown part included (absent when every speaker is placed)
        double all = voiceTotal(rt);
        assertTrue(russia > 0.5 * all, "Russian voice " + russia + " of " + all + " attributed");
        // "Meshkov said" is linked to "Russian Ambassador Aleksey Meshkov", whose role gives the side
        assertSource("003", "Meshkov", "said", "named", "Aleksey Meshkov", "russia");
    }

    @Test
    void theTelegraphGivesMostOfItsAttributedWordsToWesternOfficials() {
        ArticleResult t = seed("000");
        Set<String> western = Set.of("france", "uk", "us", "nato", "eu", "spain", "hungary", "estonia", "lithuania",
                "latvia", "germany", "poland");
        double west = t.metrics().entrySet().stream()
                .filter(e -> e.getKey().startsWith("voice.") && western.contains(e.getKey().split("\\.")[1]))
                .mapToDouble(Map.Entry::getValue).sum();
        assertTrue(west > 0.5 * voiceTotal(t), "Western voice " + west + " of " + voiceTotal(t));
        assertTrue(west > 3 * t.metric("voice.russia.words"));
    }

    private static double voiceTotal(ArticleResult r) {
        return r.metrics().entrySet().stream().filter(e -> e.getKey().startsWith("voice."))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    @Test
    void everyFindingPointsIntoTheRawTextAndMetricsAreShares() {
        for (ArticleResult r : analysis.articles()) {
            OffsetChecks.assertFindingsPointIntoRaw(r);
            for (Finding f : attributions(r)) {
                for (String part : List.of("source", "cue", "content")) {
                    Attrs.Span span = Analyse.span(f, part);
                    assertEquals(r.article().raw().substring(span.start(), span.end()), span.text(), r.id() + " " + part);
                }
            }
            double sum = 0;
            for (String t : AttributionMetrics.TYPES) {
                sum += r.metric("attribution." + t + "_share");
            }
            assertEquals(attributions(r).isEmpty() ? 0.0 : 1.0, sum, 1e-5, r.id());
            assertEquals(attributions(r).size(), (int) r.metric("attribution.count"), r.id());
        }
    }

    @Test
    void goldenFindingsPerSeed() {
        for (ArticleResult r : analysis.articles()) {
            String lines = attributions(r).stream().map(AttributionSeedsTest::line).collect(Collectors.joining("\n"));
            String metrics = r.metrics().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("attribution.") || e.getKey().startsWith("voice.")
                            || e.getKey().startsWith("quote."))
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n"));
            Golden.assertMatches("attribution-seeds", r.id() + ".txt", lines + "\n\n" + metrics + "\n");
        }
        assertFalse(analysis.articles().isEmpty());
    }

    private static String line(Finding f) {
        Attrs.Attribution a = (Attrs.Attribution) f.attrs();
        StringBuilder b = new StringBuilder();
        b.append(f.start()).append('-').append(f.end()).append(' ').append(f.category()).append(' ').append(f.rule())
                .append(" [").append(a.pattern()).append(", ").append(a.resolution())
                .append(a.nested() ? ", nested" : "").append("]\n");
        b.append("  source: ").append(text(f, "source")).append(" | cue: ").append(text(f, "cue"))
                .append(" | speaker: ").append(a.speaker());
        if (a.role() != null) {
            b.append(" (").append(a.role()).append(')');
        }
        b.append(" | ").append(a.affiliation()).append(" | ").append(a.stance())
                .append(a.direct() ? " | direct" : "");
        if (a.medium() != null) {
            b.append(" | medium: ").append(a.medium());
        }
        b.append("\n  content: ").append(text(f, "content").replace('\n', ' '));
        for (Attrs.Span m : a.contentMore()) {
            b.append("\n  more: ").append(m.text().replace('\n', ' '));
        }
        return b.toString();
    }
}
