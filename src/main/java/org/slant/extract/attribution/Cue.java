package org.slant.extract.attribution;

/**
 * A reporting verb or phrase from the cue lexicon ({@code lexicons/attribution/cues.yaml}).
 *
 * @param id        the entry id, which is also the rule id of the findings it produces
 * @param stance    neutral, endorsing, distancing or emotive: what the verb says about the speech
 * @param frame     where the source and the content sit around the cue
 * @param recipient the verb may take a listener before its content ("told reporters that ...")
 * @param content   what may count as its content
 * @param notBefore word sequences (matching forms) that, right after the cue, show it is not reporting
 *                  speech: "claimed the lives", "slammed the door"
 * @param invert    the verb may come before its source after the content ("“...,” said Mr Macron")
 * @param nounProne the present and -ing forms are common nouns too ("state", "plans", "showing"): they
 *                  need a pronoun or a name as subject, or a that-clause, colon or quotation
 * @param byAgent   the passive with an agent reports the agent's words ("was accused by a colleague")
 * @param evidence  after a document as subject ("polls show", "a survey found") any content counts, an
 *                  object with its predicate too ("polls show Ms Roux ahead"), and the noun-prone forms
 *                  need no name as subject
 */
public record Cue(String id, String stance, Frame frame, boolean recipient, ContentRule content,
                  java.util.List<java.util.List<String>> notBefore, boolean invert, boolean nounProne, boolean byAgent,
                  boolean evidence) {

    /** A cue that does not report evidence. */
    public Cue(String id, String stance, Frame frame, boolean recipient, ContentRule content,
               java.util.List<java.util.List<String>> notBefore, boolean invert, boolean nounProne, boolean byAgent) {
        this(id, stance, frame, recipient, content, notBefore, invert, nounProne, byAgent, false);
    }

    /** This cue with any content allowed (after a document as subject). */
    Cue anyContent() {
        return new Cue(id, stance, frame, recipient, ContentRule.ANY, notBefore, invert, nounProne, byAgent, evidence);
    }

    public Cue {
        notBefore = java.util.List.copyOf(notBefore);
    }

    /** A cue whose passive reports no agent's words. */
    public Cue(String id, String stance, Frame frame, boolean recipient, ContentRule content,
               java.util.List<java.util.List<String>> notBefore, boolean invert, boolean nounProne) {
        this(id, stance, frame, recipient, content, notBefore, invert, nounProne, false);
    }

    /** Where source and content sit around the cue. */
    public enum Frame {
        /** A reporting verb: "X said ...", "... , said X", "X, he said, ...". */
        VERB,
        /** A phrase before its source: "according to X", "a readout from X", "citing X". */
        PREP,
        /** A speech noun after a possessive source: "X's claim that ...". */
        NOUN,
        /** A dash closing a headline with its source: "France refuses cooperation – Moscow". */
        HEADLINE
    }

    /** What may count as the cue's content. */
    public enum ContentRule {
        /** Any clause after the verb, or the clause before a trailing "X said". */
        ANY,
        /** A "that/whether/how/to ..." clause, a colon or a quotation (for verbs that also mean doing). */
        CLAUSE,
        /** As CLAUSE but without "to", which after these verbs is a preposition ("reported to the police"). */
        THAT,
        /** Only a direct quotation (manner verbs: "smiled", "quipped"). */
        QUOTE
    }

    public boolean verb() {
        return frame == Frame.VERB;
    }
}
