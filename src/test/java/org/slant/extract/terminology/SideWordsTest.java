package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words the loaded-language model sees as one side key: every word a mirror test swaps. */
class SideWordsTest {

    /**
     * Words of a swap phrase that name no side themselves ("the Kremlin", "Democratic Party", "Kyiv
     * government"), and "right"/"left" after "the", which are mostly other senses ("the right to vote", "on
     * the left"): the model weighs them as ordinary words.
     */
    private static final Set<String> NOT_SIDES = Set.of("the", "party", "government", "'s", "'", "right", "left",
            "far", "wing");

    @Test
    void everyWordTheLexiconMirrorAxesSwapIsOneKey() {
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Mirror.Axis axis : Mirror.AXES) {
            for (Map.Entry<String, String> swap : axis.swaps().entrySet()) {
                for (String phrase : List.of(swap.getKey(), swap.getValue())) {
                    List<Token> tokens = Terms.content("They met " + phrase + " officials.").tokens();
                    for (int i = 2; i < tokens.size() - 2; i++) {
                        checked++;
                        if (!SideWords.sided(tokens, i) && !NOT_SIDES.contains(tokens.get(i).norm())) {
                            open.add(axis.name() + ": " + tokens.get(i).norm() + " in '" + phrase + "'");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), open, "add these to SideWords.WORDS and retrain the model");
        assertTrue(checked > 100, "words checked: " + checked);
    }

    /** A mirror pair must share one key: "Russia" and "NATO" are both states, "Trump" and "Biden" persons. */
    @Test
    void bothWordsOfEveryMirrorPairShareTheirKey() {
        List<String> apart = new ArrayList<>();
        for (Mirror.Axis axis : Mirror.AXES) {
            axis.swaps().forEach((a, b) -> {
                List<String> x = keys(a);
                List<String> y = keys(b);
                x.removeIf(NOT_SIDES::contains);
                y.removeIf(NOT_SIDES::contains);
                if (!x.equals(y)) {
                    apart.add(a + " " + x + " | " + b + " " + y);
                }
            });
        }
        for (String[] p : ArticleMirrorTest.PAIRS) {
            if (!keys(p[0]).equals(keys(p[1]))) {
                apart.add(p[0] + " | " + p[1]);
            }
        }
        assertEquals(List.of(), apart);
    }

    private static List<String> keys(String phrase) {
        List<Token> t = Terms.content(phrase).tokens();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(SideWords.key(t, i));
        }
        return out;
    }

    @Test
    void everyWordTheArticleMirrorSwapsIsOneKey() {
        for (String[] p : ArticleMirrorTest.PAIRS) {
            for (String w : p) {
                assertTrue(SideWords.blinds(Terms.content(w).tokens().get(0).norm()), w);
            }
        }
    }

    @Test
    void rightAndLeftNameASideOnlyInAPoliticalCompound() {
        List<Token> t = Terms.content("The far-right and right-wing groups left the centre left; the right to vote.").tokens();
        List<String> sided = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            sided.add(SideWords.key(t, i));
        }
        assertEquals(List.of("the", "far", SideWords.WING, "and", SideWords.WING, "wing", "groups", "left", "the",
                "centre", SideWords.WING, ";", "the", "right", "to", "vote", "."), sided);
    }

    @Test
    void aSideWordHasOnlyTheSideKeysFeatures() {
        List<String> obama = features("Obama-backed aid", 0);
        assertEquals(obama, features("Biden-backed aid", 0));
        assertEquals(List.of("word=" + SideWords.PERSON, "stem=" + SideWords.PERSON, "shape=Cap", "left2=<start>",
                "left1=<start>", "right1=backed", "right2=aid", "lexicon=none"), obama);
        // and as a neighbour: "backed" after either name has the same features
        List<String> proof = features("Obama-backed aid", 1);
        assertEquals(proof, features("Biden-backed aid", 1));
        assertTrue(proof.contains("left1=" + SideWords.PERSON), proof.toString());
    }

    private static List<String> features(String text, int i) {
        org.slant.model.Content c = Terms.content(text);
        List<String> out = new ArrayList<>();
        new LoadedFeatures(c, new byte[c.tokens().size()]).features(i, (t, k) -> out.add(t.id() + "=" + k));
        return out;
    }
}
