package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.slant.extract.attribution.model.ModelInputs.input;
import static org.slant.extract.attribution.model.ModelInputs.token;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slant.extract.attribution.model.Hashing.f;
import static org.slant.extract.attribution.model.Hashing.of;

/** The v3 feature templates on made-up sentences: what each says about a token is what the text shows. */
class ModelFeaturesTest {

    private static Set<Long> cue(ModelInput in, int i) {
        Set<Long> out = new HashSet<>();
        CueFeatures.emit(in, i, out::add);
        return out;
    }

    @Test
    void cueFeaturesSeeTheWordsAroundQuoteMarksAndAColon() {
        ModelInput in = input("The harbour master said: \u201cThe pier stays shut until Friday.\u201d");
        Set<Long> f = cue(in, token(in, "said"));
        assertTrue(f.contains(f(1, of("said"))), "the word itself");
        assertTrue(f.contains(f(5, -2, of("harbour"))) && f.contains(f(5, 1, of(":"))) && f.contains(f(5, -3, of("the"))));
        assertTrue(f.contains(f(12, of("master"), of("said"), of(":"))), "the triple around it");
        assertTrue(f.contains(f(27, 0, 1, 0)), "a colon follows, outside quotes");
        assertTrue(f.contains(f(22, 9 * 16L + 2)), "the opening quote mark is two tokens on, none before");
        assertTrue(f.contains(f(18, 0)));
        assertTrue(cue(in, token(in, "pier")).contains(f(18, 1)), "inside the quotation");
    }

    @Test
    void theNearestOtherCueWordOfTheSentenceIsSeenOnEachSide() {
        ModelInput in = input("Officials said the mayor told reporters that taxes would rise.");
        int told = token(in, "told");
        int said = token(in, "said");
        assertEquals(told - said, in.cueLeft[told], "'said' lies three tokens before 'told'");
        assertEquals(told - said, in.cueRight[said]);
        assertEquals(0, in.cueLeft[said], "no cue word before 'said' in its sentence");
        assertTrue(cue(in, told).contains(f(41, 3, of("told"))));
    }

    @Test
    void sourceFeaturesSeeClauseBoundariesAndOtherCuesBetween() {
        ModelInput in = input("Ms Okafor, who chairs the board, told members the budget was final, officials said.");
        int told = token(in, "told");
        int okafor = token(in, "okafor");
        int said = token(in, "said");
        boolean[] cues = new boolean[in.size()];
        cues[told] = true;
        cues[said] = true;
        int[] before = SourceFeatures.prefix(cues);
        Set<Long> f = new HashSet<>();
        SourceFeatures.emit(in, before, said, said + 1, okafor, f::add);
        assertTrue(f.contains(f(125, 1, 1)), "'told' lies between Okafor and 'said'");
        Set<Long> g = new HashSet<>();
        SourceFeatures.emit(in, before, told, told + 1, okafor, g::add);
        assertTrue(g.contains(f(125, 0, 1)), "nothing between Okafor and 'told'");
        assertEquals(2, in.commasBetween(okafor, told), "two commas around the relative clause");
        assertEquals(0, in.commasBetween(told, told + 1));
    }

    @Test
    void hashesAreFixedArithmeticAndTemplatesKeepFeaturesApart() {
        assertEquals(of("said"), of(new String("said")));
        assertNotEquals(f(1, of("said")), f(2, of("said")), "the same word under two templates");
        assertNotEquals(f(9, of("a"), of("b")), f(9, of("b"), of("a")), "order matters in a pair");
        assertFalse(Hashing.bucket(f(1, of("said"))) < 0);
        assertTrue(Hashing.bucket(-1L) < 1 << Hashing.BITS);
    }
}
