package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.attribution.CueKind;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The v2 feature templates on made-up sentences: what each says about a token is what the text shows. */
class ModelFeaturesTest {

    private static ModelInput input(String text) {
        Content c = Content.of(text, BlockSplitter.split(text));
        return new ModelInput(c, Slant.lexicons().standard().compile(new CueKind()), List.of());
    }

    private static int token(ModelInput in, String word) {
        for (int i = 0; i < in.size(); i++) {
            if (in.tokens().get(i).norm().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void cueFeaturesSeeTheWordsAroundQuoteMarksAndAColon() {
        ModelInput in = input("The harbour master said: \u201cThe pier stays shut until Friday.\u201d");
        List<String> f = CueFeatures.of(in, token(in, "said"));
        // (the templates after the token are named w1, w2, w3: the names the shipped model was trained with)
        assertTrue(f.contains("w-2=harbour") && f.contains("w1=:") && f.contains("w-3=the"), f.toString());
        assertTrue(f.contains("w-1|w|w+1=master|said|:"), f.toString());
        assertTrue(f.contains("colon=false|true|false"), "a colon follows, outside quotes: " + f);
        assertTrue(f.contains("quoteDist=-|2"), "the opening quote mark is two tokens on, none before: " + f);
        List<String> inside = CueFeatures.of(in, token(in, "pier"));
        assertTrue(inside.contains("quoted=true"), inside.toString());
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
        List<String> f = SourceFeatures.of(in, before, said, said + 1, okafor);
        assertTrue(f.contains("cueBetween=true|L"), "'told' lies between Okafor and 'said': " + f);
        assertTrue(f.contains("commas=2|L13+") || f.stream().anyMatch(x -> x.startsWith("commas=2|")), f.toString());
        List<String> g = SourceFeatures.of(in, before, told, told + 1, okafor);
        assertTrue(g.contains("cueBetween=false|L"), g.toString());
        assertTrue(g.stream().anyMatch(x -> x.startsWith("commas=2|")), "two commas around the relative clause: " + g);
        assertEquals(0, in.commasBetween(told, told + 1));
    }

    @Test
    void stackedFeaturesReadTheNeighboursProbabilities() {
        ModelInput in = input("According to the report, prices rose.");
        double[] p = new double[in.size()];
        p[0] = 0.95;
        p[1] = 0.15;
        List<String> f = StackFeatures.of(in, p, 1);
        assertTrue(f.contains("p=1") && f.contains("p-1=9") && f.contains("p-1|p|p+1=4|1|0"), f.toString());
        assertTrue(f.contains("p-2=x"), "before the sentence: " + f);
        assertFalse(f.contains("p+1=9"));
    }
}
