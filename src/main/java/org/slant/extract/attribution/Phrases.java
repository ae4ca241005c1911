package org.slant.extract.attribution;

/**
 * Finds the noun phrase next to a cue: the source before "said" ("a senior Nato official said",
 * {@link SubjectPhrases}), after an inverted "said" ("said Mr Dupont") or after "according to", and the
 * listener after "told" ({@link FollowingPhrases}). Here: what both directions share (stepping over link
 * markup, what a name is, the trimming of a phrase's edges). Every scan is bounded by {@link #MAX} tokens,
 * so the work per cue is constant.
 */
final class Phrases {

    static final int MAX = 14;

    /** A token range {@code [first, end)}; {@code via} is the relative pronoun or appositive that led to it. */
    record Range(int first, int end) {
        int size() {
            return end - first;
        }
    }

    private final Doc d;
    private final SubjectPhrases subjects;
    private final FollowingPhrases following;
    /**
     * {@link #isName}'s answer per token once asked (0: not yet, 1: no, 2: yes): it depends on the token alone,
     * and the scans around cues and mentions ask it of the same tokens again and again, each time four set
     * look-ups (issue 21).
     */
    private final byte[] names;

    Phrases(Doc d) {
        this.d = d;
        this.names = new byte[d.n];
        this.subjects = new SubjectPhrases(d, this);
        this.following = new FollowingPhrases(d, this);
    }

    /** The previous token that is not link markup, or -1 when it would leave the sentence. */
    int prev(int i, int sentFirst) {
        int k = i - 1;
        while (k >= sentFirst && d.markup[k]) {
            k--;
        }
        return k >= sentFirst ? k : -1;
    }

    int next(int i, int sentEnd) {
        int k = i + 1;
        while (k < sentEnd && d.markup[k]) {
            k++;
        }
        return k < sentEnd ? k : -1;
    }

    /**
     * The noun phrase that ends just before token {@code end}, scanning left ({@link SubjectPhrases}). A pronoun
     * right before the cue is the phrase on its own. Null when there is none.
     */
    Range before(int end, int sentFirst) {
        return subjects.before(end, sentFirst);
    }

    /**
     * The noun phrase starting at token {@code start}, scanning right: after an inverted cue, after
     * "according to", or a listener after "told". Stops at the first lower-case word after a name
     * ("Ivanov earlier told"), at punctuation, and at prepositions after a name unless {@code ofOnly}
     * is false and the preposition leads to a name ("a spokesman for the Kremlin").
     */
    Range after(int start, int sentEnd, boolean allowPrepositions) {
        return following.after(start, sentEnd, allowPrepositions, false);
    }

    /** As {@link #after(int, int, boolean)}; {@code allowOf} lets "of" in ("a handful of guests"). */
    Range after(int start, int sentEnd, boolean allowPrepositions, boolean allowOf) {
        return following.after(start, sentEnd, allowPrepositions, allowOf);
    }

    /** The listener after a verb like "told": an object pronoun or a noun phrase without prepositions. */
    Range listener(int start, int sentEnd) {
        return following.listener(start, sentEnd);
    }

    /** A capitalised word that is a person's name: not a place, organisation, role, honorific or outlet. */
    boolean isName(int i) {
        byte known = names[i];
        if (known != 0) {
            return known == 2;
        }
        boolean name = nameAt(i);
        names[i] = name ? (byte) 2 : (byte) 1;
        return name;
    }

    private boolean nameAt(int i) {
        if (!d.isCapitalised(i)) {
            return false;
        }
        ActorTerm t = d.actor[i];
        if (t != null) {
            return t.isPerson();
        }
        String w = d.norm(i);
        return d.outlet[i] == null && !Grammar.NOT_NAMES.contains(w);
    }

    /** Drops leading prepositions, conjunctions and possessive marks; null when no word is left. */
    Range trim(int first, int end) {
        while (first < end && (d.is(first, "'s") || d.is(first, "and") || d.is(first, "&")
                || Grammar.INNER_PREPOSITIONS.contains(d.norm(first)) || d.is(first, "to") || d.isAbbreviationDot(first))) {
            first++;
        }
        while (end > first && (d.is(end - 1, "and") || Grammar.INNER_PREPOSITIONS.contains(d.norm(end - 1))
                || Grammar.DETERMINERS.contains(d.norm(end - 1)) && !d.isCapitalised(end - 1))) {
            end--;
        }
        if (first >= end) {
            return null;
        }
        for (int k = first; k < end; k++) {
            if (d.isWord(k) && !Grammar.DETERMINERS.contains(d.norm(k))) {
                return new Range(first, end);
            }
        }
        return null;
    }

}
