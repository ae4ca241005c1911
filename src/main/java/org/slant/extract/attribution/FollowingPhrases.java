package org.slant.extract.attribution;

/**
 * The noun phrase that starts at a token, scanning right: the source after an inverted cue ("said Mr
 * Dupont") or after "according to", and the listener after "told". Bounded by {@link Phrases#MAX} tokens.
 */
final class FollowingPhrases {

    private final Doc d;
    private final Phrases phrases;

    FollowingPhrases(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }

    /**
     * The noun phrase starting at token {@code start} ({@link Phrases#after(int, int, boolean)}); {@code allowOf}
     * lets "of" in ("a handful of guests").
     */
    Phrases.Range after(int start, int sentEnd, boolean allowPrepositions, boolean allowOf) {
        int i = start < sentEnd && d.markup[start] ? phrases.next(start, sentEnd) : start;
        if (i < 0 || i >= sentEnd || d.quoted[i]) {
            return null;
        }
        String w0 = d.norm(i);
        if (d.isWord(i) && Grammar.SUBJECT_PRONOUNS.contains(w0) && !w0.equals("it") && !w0.equals("you")) {
            return new Phrases.Range(i, i + 1);
        }
        int first = i;
        int last = -1;
        boolean name = false;
        int count = 0;
        while (i >= 0 && i < sentEnd && count < Phrases.MAX) {
            if (d.quoted[i] || d.isMark(i)) {
                break;
            }
            String w = d.norm(i);
            if (!d.isWord(i)) {
                if (d.isAbbreviationDot(i) || w.equals("&") && last >= 0) {
                    last = i;
                    count++;
                    i = phrases.next(i, sentEnd);
                    continue;
                }
                break;
            }
            boolean accept;
            if (w.equals("'s")) {
                accept = last >= 0;
            } else if (d.tok(i).type() == org.slant.text.Token.Type.NUMBER) {
                accept = !name && (last < 0 || Grammar.DETERMINERS.contains(d.norm(last)));
            } else if (Grammar.DETERMINERS.contains(w) && !d.isCapitalised(i) || d.is(i, "The") || d.is(i, "A")) {
                // "the most recent poll", "the many critics": a quantifier after "the" goes on
                accept = last < 0 || Grammar.INNER_PREPOSITIONS.contains(d.norm(last)) || d.is(last, "to")
                        || d.is(last, "the") && !d.is(i, "the") && !d.is(i, "a") && !d.is(i, "an");
            } else if (Grammar.TIME.contains(w) && d.actor[i] == null) {
                accept = false;
            } else if (w.equals("to")) {
                accept = last >= 0 && d.is(last, "close");
            } else if (w.equals("and")) {
                int nx = phrases.next(i, sentEnd);
                accept = last >= 0 && d.isCapitalised(last) && nx >= 0 && d.isCapitalised(nx);
            } else if (Grammar.INNER_PREPOSITIONS.contains(w)) {
                int nx = phrases.next(i, sentEnd);
                boolean ofNoun = allowOf && w.equals("of") && last >= 0 && Grammar.QUANTITY_NOUNS.contains(d.norm(last))
                        && nx >= 0 && d.isWord(nx) && !d.isCapitalised(nx)
                        && !Grammar.STOP.contains(d.norm(nx)) && !d.norm(nx).endsWith("ing"); // "a handful of guests"
                accept = ofNoun || (allowPrepositions || allowOf && w.equals("of")) && last >= 0 && nx >= 0
                        && !Grammar.TIME.contains(d.norm(nx))
                        && (w.equals("of") || !name) && (d.isCapitalised(nx) || Grammar.DETERMINERS.contains(d.norm(nx)))
                        && !(nx + 1 < sentEnd && Grammar.TIME.contains(d.norm(nx + 1)) && !d.isCapitalised(nx + 1));
            } else if (d.isCapitalised(i)) {
                accept = !(Grammar.STOP.contains(w) && d.actor[i] == null && d.outlet[i] == null);
                if (accept && phrases.isName(i)) {
                    name = true;
                }
            } else {
                // after a name only a role word goes on ("the Florida senator"), or a title before another
                // name ("Ayotte campaign manager Jon Kohan"); not "Ivanov earlier"
                boolean role = d.actor[i] != null && d.actor[i].type() == ActorTerm.Type.ROLE;
                accept = (!name || role || titleBeforeName(i, sentEnd)) && !Grammar.STOP.contains(w);
            }
            if (!accept) {
                break;
            }
            last = i;
            count++;
            i = phrases.next(i, sentEnd);
        }
        if (last < 0) {
            return null;
        }
        return phrases.trim(first, last + 1);
    }

    /** Up to three lower-case words, then a name: "campaign manager Jon Kohan". */
    private boolean titleBeforeName(int i, int sentEnd) {
        for (int k = i; k < sentEnd && k < i + 4; k++) {
            if (d.isCapitalised(k)) {
                return phrases.isName(k);
            }
            if (!d.isWord(k) || Grammar.STOP.contains(d.norm(k)) || Grammar.DETERMINERS.contains(d.norm(k))) {
                return false;
            }
        }
        return false;
    }

    /** See {@link Phrases#listener}. */
    Phrases.Range listener(int start, int sentEnd) {
        if (start < 0 || start >= sentEnd) {
            return null;
        }
        if (d.isWord(start) && Grammar.OBJECT_PRONOUNS.contains(d.norm(start))) {
            return new Phrases.Range(start, start + 1);
        }
        String w = d.norm(start);
        if (Grammar.CLAUSE_STARTS.contains(w) || Grammar.SUBJECT_PRONOUNS.contains(w)
                || Grammar.PREPOSITIONS.contains(w) && !d.isCapitalised(start)) {
            return null;
        }
        Phrases.Range r = after(start, sentEnd, false, true);
        if (r == null) {
            return null;
        }
        // "told Mr Marchal he hoped": the phrase stops before the pronoun; "warned France it ..." likewise
        return r;
    }
}
