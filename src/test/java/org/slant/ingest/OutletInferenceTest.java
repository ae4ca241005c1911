package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slant.Slant;
import org.slant.model.OutletEvidence;
import org.slant.testing.Project;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outlet inference from the text alone: the seeds with their manifest ignored, and texts without clues. */
class OutletInferenceTest {

    private final OutletInference inference = new OutletInference(Slant.lexicons().standard().compile(new OutletKind()));

    @ParameterizedTest(name = "{0} -> {1} via {2}")
    @CsvSource({
            "000, The Telegraph, self_mention",   // "The Telegraph understands", "Try The Telegraph"
            "001, AFP, told",                     // "told AFP": how agency copy names itself
            "002, The Moscow Times, original_url",// "Original url: https://www.themoscowtimes.com/..."
            "003, paradox, copyright",            // "© 2024, paradox." and "Published by paradox": the mirror
            "004, Global Research, original_source"})
    void infersEachSeedsOutletFromItsText(String seed, String outlet, String evidenceKind) {
        String raw = Project.read(Project.seed(seed));
        OutletInference.Result r = inference.infer(raw);
        assertEquals(Optional.of(outlet), r.outlet());
        assertTrue(r.evidence().stream().anyMatch(e -> e.kind().equals(evidenceKind)),
                () -> "expected " + evidenceKind + " among " + r.evidence());
        for (OutletEvidence e : r.evidence()) {
            assertEquals(raw.substring(e.start(), e.end()), e.text());
        }
    }

    @Test
    void textWithoutCluesIsUnknown() {
        assertFalse(inference.infer("The minister met his counterpart on Wednesday. They talked for an hour.")
                .outlet().isPresent());
        assertFalse(inference.infer("").outlet().isPresent());
    }

    @Test
    void aGovernmentThatUnderstandsIsNotAnOutlet() {
        assertFalse(inference.infer("Moscow understands the risks. Paris has learned its lesson.").outlet().isPresent());
    }

    @Test
    void mentionsOfOtherOutletsInTheStoryDoNotCount() {
        assertFalse(inference.infer("He said in an interview with Le Monde that the BBC was wrong.").outlet().isPresent());
    }

    @Test
    void unknownOutletFromItsOwnSelfMentionAndDomain() {
        OutletInference.Result r = inference.infer("The Daily Bugle understands that the mayor resigned.\n\n"
                + "Read more at https://www.dailybugle.com/news");
        assertEquals(Optional.of("The Daily Bugle"), r.outlet());
        assertEquals(2, r.evidence().size());
    }

    @Test
    void wireBylineAloneNamesTheAgency() {
        assertEquals(Optional.of("Reuters"), inference.infer("By Reuters\n\nThe talks ended.").outlet());
    }

    @Test
    void platformLinksSayNothing() {
        assertFalse(inference.infer("Follow us on https://twitter.com/x and https://t.me/y").outlet().isPresent());
    }
}
