package org.slant.extract.attribution.model;

import org.slant.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Trims the source classifier's run of source tokens at its edges. The classifier scores each token on its own,
 * so its runs often take in a neighbour the source never includes: a joining word before the subject ("and
 * Patrick says", "But the senator"), or after it the auxiliary or adverb of the cue's verb phrase ("Rubio is
 * congratulating", "Trump notably made no mention of", "He basically ducked, pointing to") and stray
 * punctuation. PolNeAR's sources never start or end with these (checked on the held-out train articles with
 * {@code slant eval polnear --split train --tuning-part --show-misses}). A possessive is kept ("The candidates'
 * estimates"): only a clitic that is a verb ("He's also praising", before the cue) is cut. Each token is looked at
 * once: linear in the run.
 */
final class SourceEdges {

    /** Words that join the source to what comes before it and are never part of it. */
    private static final Set<String> LEADING = Set.of("and", "but", "or", "so", "however", "while", "then", "yet",
            "also", "meanwhile", "still", "now", "because", "though", "although");

    /** The auxiliaries and adverbs of a verb phrase, which end up after the subject and before the cue. */
    private static final Set<String> TRAILING = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "can", "could", "did", "does", "do", "may", "might", "must", "should", "shall", "be", "been",
            "being", "also", "then", "now", "again", "once", "still", "later", "too", "even", "never", "not", "n't",
            "already", "just", "often", "'re", "'ve", "'ll", "'d");

    /** Prepositions that open an introductory phrase ("In his reply, the dean said"; "Like her rival, she said"). */
    private static final Set<String> INTRODUCERS = Set.of("in", "of", "to", "like", "as", "from", "after", "before",
            "on", "at", "for", "during", "with", "unlike", "since");

    private SourceEdges() {
    }

    /** The run {@code [first, end)} trimmed, as {@code {first, end}}; empty ({@code first >= end}) when nothing is left. */
    static int[] trim(ModelInput in, int first, int end, int cueEnd) {
        List<Token> t = in.tokens;
        String text = in.content.text();
        while (first < end && leading(t.get(first))) {
            first++;
        }
        first = afterIntroduction(t, first, end, cueEnd);
        while (end > first && trailing(t.get(end - 1), text)) {
            end--;
        }
        if (end - first > 1 && (t.get(end - 1).norm().equals("who") || t.get(end - 1).norm().equals("which"))) {
            end--; // "Ms Ray, who": the relative clause's pronoun, its verb being the cue
        }
        return new int[]{first, end};
    }

    /**
     * Past an introductory phrase that the run starts in, up to its comma: the run starts with a preposition, or
     * right after one that is not the cue's own ("according to the poll, ..."), and a comma follows with words
     * after it ("[In] his reply, the dean"; "Like her rival, she"). Without a comma only a leading preposition
     * goes ("After the senator suggested"), as does the "as" of "As the senator, a lawyer, noted" (whose
     * apposition is the source's); "at least a dozen members" keeps its "at".
     */
    private static int afterIntroduction(List<Token> t, int first, int end, int cueEnd) {
        if (first >= end) {
            return first;
        }
        String w = t.get(first).norm();
        boolean starts = INTRODUCERS.contains(w) && !(w.equals("at") && first + 1 < end && t.get(first + 1).is("least"));
        boolean after = !starts && first > 0 && first != cueEnd && INTRODUCERS.contains(t.get(first - 1).norm());
        if (!starts && !after) {
            return first;
        }
        if (w.equals("as")) {
            return first + 1;
        }
        for (int k = first + 1; k < end - 1; k++) {
            if (t.get(k).norm().equals(",")) {
                return k + 1;
            }
        }
        return starts ? first + 1 : first;
    }

    private static boolean leading(Token k) {
        return k.type() == Token.Type.PUNCT && !opening(k) || LEADING.contains(k.norm());
    }

    private static boolean trailing(Token k, String text) {
        String w = k.norm();
        if (k.type() != Token.Type.WORD || !Character.isLowerCase(text.charAt(k.start()))) {
            return false;
        }
        return TRAILING.contains(w) || w.length() > 4 && w.endsWith("ly");
    }

    private static boolean opening(Token k) {
        return k.norm().equals("\"") || k.norm().equals("(");
    }
}
