package org.slant.extract.attribution.model;

import org.slant.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Cuts a dangling phrase off the end of a decoded cue. The decoder joins a confident head's neighbours at a
 * lower threshold, one token at a time, so a run can stop in the middle of a phrase: "said in an" (of "said in
 * an interview"), "said during a". PolNeAR's cues never end with a determiner (in the train split: 3 of 22,468
 * do) nor with "during"; a run that does loses the determiner and the preposition that opens its phrase, which
 * leaves the head ("said"), as the annotators mark about half of such cues. Looks at the run's last three tokens
 * at most.
 */
final class CueEdges {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our",
            "my", "your", "this", "these", "those");

    private static final Set<String> OPENERS = Set.of("in", "during", "at", "on", "for", "with", "from", "to", "after",
            "before", "into", "by");

    /** The marks that can be a whole cue: a transcript's or headline's colon, a dash, a handle's "@". */
    private static final Set<String> MARKS = Set.of(":", "-", "—", "–", "@");

    private CueEdges() {
    }

    /**
     * Whether the cue {@code [first, end)} is punctuation and nothing else, none of it a mark that can be a cue (a
     * bracket or full stop around a citation such as "[Reuters.]": 0 of PolNeAR's train cues, and 25 of the
     * decoder's false cues on the held-out train articles).
     */
    static boolean bare(List<Token> t, int first, int end) {
        for (int k = first; k < end; k++) {
            if (t.get(k).type() != Token.Type.PUNCT || MARKS.contains(t.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** The end of the cue {@code [first, end)} once a dangling determiner and its preposition are cut (never below first + 1). */
    static int end(List<Token> t, int first, int end) {
        int e = end;
        if (e - first > 1 && DETERMINERS.contains(t.get(e - 1).norm())) {
            e--;
            if (e - first > 1 && OPENERS.contains(t.get(e - 1).norm())) {
                e--;
            }
        } else if (e - first > 1 && t.get(e - 1).norm().equals("during")) {
            e--;
        }
        return e;
    }
}
