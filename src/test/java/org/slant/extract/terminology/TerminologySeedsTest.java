package org.slant.extract.terminology;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;
import org.slant.report.json.AnalysisJson;
import org.slant.testing.Golden;
import org.slant.testing.OffsetChecks;
import org.slant.testing.Project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed case, through the standard pipeline. The facts below hold because the lexicons and the voice
 * rules are general, not because these strings are special-cased; the golden files record every
 * terminology finding so that any change shows up in review.
 */
class TerminologySeedsTest {

    private static ArticleResult analyze(String prefix) {
        Path p = Project.seed(prefix);
        String id = p.getFileName().toString().replaceAll("\\.txt$", "");
        ArticleResult r = Slant.analyze(Slant.article(id, Project.read(p)));
        OffsetChecks.assertFindingsPointIntoRaw(r);
        return r;
    }

    private static List<Finding> terms(ArticleResult r) {
        return r.findings().stream().filter(f -> f.extractor().equals("terminology")).toList();
    }

    private static boolean has(ArticleResult r, String category, Voice voice, String text) {
        return terms(r).stream().anyMatch(f -> f.category().equals(category) && f.voice() == voice
                && f.text().equalsIgnoreCase(text));
    }

    @Test
    void rtNarrationUsesKievAndMilitaryOperation() {
        ArticleResult rt = analyze("003");
        assertTrue(has(rt, "contested_naming", Voice.NARRATOR, "Kiev"));
        assertTrue(has(rt, "contested_naming", Voice.NARRATOR, "military operation"));
        assertTrue(rt.metrics().get("naming.kyiv_kiev.kiev.count") >= 1);
        assertTrue(rt.metrics().get("naming.ukraine_war.military_operation.count") >= 1);
        assertTrue(terms(rt).stream().filter(f -> f.text().equals("Kiev"))
                .allMatch(f -> "russian_based_romanization".equals(((TermAttrs.Naming) f.attrs()).convention())));
    }

    @Test
    void moscowTimesNarrationSaysInvasionAndQuotesWarOfAggression() {
        ArticleResult mt = analyze("002");
        assertTrue(has(mt, "contested_naming", Voice.NARRATOR, "Russia's invasion"));
        assertTrue(has(mt, "contested_naming", Voice.QUOTED, "war of aggression"));
        assertFalse(has(mt, "contested_naming", Voice.NARRATOR, "war of aggression"));
    }

    @Test
    void noPartialQuotationOfASpeakerIsANarratorScareQuote() {
        // "battle "terrorism"" in the Moscow Times is Lecornu's word, per the ministry's statement: attribution
        int scareQuotes = 0;
        for (Path p : Project.seedFiles()) {
            ArticleResult r = analyze(p.getFileName().toString().substring(0, 3));
            for (Finding f : terms(r)) {
                if (f.category().equals("scare_quote") && f.voice().id().equals("narrator")) {
                    scareQuotes++;
                    assertTrue(f.attrs().speaker() == null, r.id() + ": " + f.text() + " is "
                            + f.attrs().speaker() + "'s word, a partial quotation");
                }
            }
        }
        assertTrue(scareQuotes > 0, "the outlets' own scare quotes remain (“Trump-proof”)");
    }

    @Test
    void bizarreAndThreateningIsQuotedWhereverItAppears() {
        int seen = 0;
        for (Path p : Project.seedFiles()) {
            String raw = Project.read(p);
            if (!raw.toLowerCase().contains("bizarre and threatening")) {
                continue;
            }
            ArticleResult r = analyze(p.getFileName().toString().substring(0, 3));
            List<Finding> bizarre = terms(r).stream().filter(f -> f.text().equalsIgnoreCase("bizarre")).toList();
            assertFalse(bizarre.isEmpty(), p.toString());
            assertTrue(bizarre.stream().allMatch(f -> f.voice() == Voice.QUOTED), p + ": " + bizarre);
            seen++;
        }
        assertTrue(seen >= 3, "the seeds carrying the phrase: " + seen);
    }

    @Test
    void globalResearchNarrationCarriesProxyWarNewColdWarAndHawkish() {
        ArticleResult gr = analyze("004");
        assertTrue(has(gr, "loaded", Voice.NARRATOR, "proxy war"));
        assertTrue(has(gr, "loaded", Voice.NARRATOR, "New Cold War"));
        assertTrue(has(gr, "loaded", Voice.NARRATOR, "hawkish"));
    }

    @Test
    void telegraphChurchillianSpiritIsQuoted() {
        ArticleResult t = analyze("000");
        List<Finding> c = terms(t).stream().filter(f -> f.text().equals("Churchillian")).toList();
        assertFalse(c.isEmpty());
        assertTrue(c.stream().allMatch(f -> f.voice() == Voice.QUOTED));
    }

    @Test
    void goldenFindingsPerSeed() {
        for (Path p : Project.seedFiles()) {
            String id = p.getFileName().toString().replaceAll("\\.txt$", "");
            ArticleResult r = analyze(id.substring(0, 3));
            StringBuilder b = new StringBuilder("# terminology findings of " + id + " (raw offsets)\n");
            for (Finding f : terms(r)) {
                // the attributes as analysis.json writes them, keys in order
                Map<String, Object> attrs = AnalysisJson.mapper().convertValue(f.attrs(),
                        new TypeReference<TreeMap<String, Object>>() { });
                attrs.remove("rationale");
                b.append(f.start()).append('-').append(f.end()).append('\t').append(f.category()).append('\t')
                        .append(f.voice().id()).append('\t').append(f.rule()).append("\tw").append((int) f.weight())
                        .append('\t').append('"').append(f.text().replace("\n", "\\n")).append('"')
                        .append(attrs.isEmpty() ? "" : "\t" + attrs).append('\n');
            }
            b.append("# metrics (non-zero)\n");
            r.metrics().forEach((k, v) -> {
                if (v != 0 && (k.contains(".narrator.") || k.contains(".quoted.") || k.startsWith("naming.")
                        || k.startsWith("claims."))) {
                    b.append(k).append(" = ").append(v).append('\n');
                }
            });
            Golden.assertMatches("terminology-seeds", id + ".txt", b.toString());
        }
    }
}
