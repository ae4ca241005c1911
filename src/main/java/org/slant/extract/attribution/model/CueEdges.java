package org.slant.extract.attribution.model;

import org.slant.text.Token;

import java.util.List;
import java.util.Set;

/**
 * The edges of a decoded cue: the auxiliaries before it join it ({@link #start}), a bare run of punctuation or a
 * bracketed source credit is no cue ({@link #bare}, {@link #credit}), and a dangling phrase is cut off its end.
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

    /** Auxiliaries that PolNeAR keeps in front of a reporting verb ("has said", "is highlighting", "did not see"). */
    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "did", "does", "do", "might", "may", "should", "must", "'ve", "’ve", "'re", "’re");

    /** Negations and adverbs that stand between an auxiliary and its verb ("has not said", "was also asked"). */
    private static final Set<String> ADVERBS = Set.of("not", "n't", "n’t", "also", "never", "first", "once", "already");

    private CueEdges() {
    }

    /**
     * The start of the cue that begins at token {@code first} once the auxiliaries of its verb phrase just before
     * it are taken in, with a negation or adverb between them and the verb ("is highlighting", "has not
     * responded", "was also asked"): at most three tokens, of its sentence, outside quotations, lower case, up to
     * the farthest auxiliary (an adverb alone stays out). PolNeAR's cues start with their auxiliary (train: "has"
     * opens 797 cues and stands just before 8), while the classifier often leaves it below its lower threshold (about
     * 50 cues of the held-out train articles lacked it). A possessive "'s" is not taken ("the senator's claim"), nor
     * a token before {@code floor} (the end of the cue before).
     */
    static int start(ModelInput in, int first, int floor) {
        List<Token> t = in.tokens;
        String text = in.content.text();
        int k = first;
        int taken = first;
        int stop = Math.max(floor, in.sentFirst[first]);
        while (k > stop && first - k < 3 && !in.quoted[k - 1]) {
            Token b = t.get(k - 1);
            String w = b.norm();
            boolean lower = b.type() == Token.Type.WORD && Character.isLowerCase(text.charAt(b.start()));
            if (!lower && !w.equals("n't") && !w.equals("n’t")) {
                break;
            }
            if (AUX.contains(w)) {
                k--;
                taken = k;
            } else if (ADVERBS.contains(w)) {
                k--;
            } else {
                break;
            }
        }
        return taken;
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

    /**
     * Whether the cue {@code [first, end)} is a bracketed source credit such as "[Harbour Gazette.]" or the part of
     * one after its "[": the run ends with "]" and a "[" opens it or stands just before it, with no more than six
     * tokens between. The decoder took such credits in articles that list linked stories (10 false cues on the
     * held-out train articles); PolNeAR's annotators marked them in a single column of one outlet (12 cues in train).
     */
    static boolean credit(List<Token> t, int first, int end) {
        if (end - first > 8 || !t.get(end - 1).norm().equals("]")) {
            return false;
        }
        int open = t.get(first).norm().equals("[") ? first : first - 1;
        if (open < 0 || !t.get(open).norm().equals("[")) {
            return false;
        }
        for (int k = open + 1; k < end - 1; k++) {
            String w = t.get(k).norm();
            if (w.equals("[") || w.equals("]")) {
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
