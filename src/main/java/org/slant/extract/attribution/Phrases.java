package org.slant.extract.attribution;

/**
 * Finds the noun phrase next to a cue: the source before "said" ("a senior Nato official said"), after
 * an inverted "said" ("said Mr Macron") or after "according to", and the listener after "told". Every
 * scan is bounded by {@link #MAX} tokens, so the work per cue is constant.
 */
final class Phrases {

    static final int MAX = 14;

    /** A token range {@code [first, end)}; {@code via} is the relative pronoun or appositive that led to it. */
    record Range(int first, int end) {
        int size() {
            return end - first;
        }
    }

    private static final java.util.Set<String> MONTHS_AND_DAYS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final Doc d;

    Phrases(Doc d) {
        this.d = d;
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
     * The noun phrase that ends just before token {@code end}, scanning left. A pronoun right before the
     * cue is the phrase on its own. Null when there is none.
     */
    Range before(int end, int sentFirst) {
        int i = prev(end, sentFirst);
        if (i < 0 || d.quoted[i]) {
            return null;
        }
        String w = d.norm(i);
        if (d.isWord(i) && (Grammar.SUBJECT_PRONOUNS.contains(w) || Grammar.RELATIVE_PRONOUNS.contains(w))) {
            return new Range(i, i + 1);
        }
        int in = prev(i, sentFirst);
        int whole = in >= 0 ? prev(in, sentFirst) : -1;
        if (numeric(i) && in >= 0 && d.is(in, "in") && whole >= 0 && numeric(whole)) {
            // "six in 10 said", "About one in three say": a share of those asked, with "about" or "nearly"
            int a = prev(whole, sentFirst);
            boolean approx = a >= 0 && APPROXIMATELY.contains(d.norm(a));
            return new Range(approx ? a : whole, i + 1);
        }
        if (d.isWord(i) && Grammar.QUANTIFIER_SUBJECTS.contains(w) && opensClause(i, sentFirst)) {
            return new Range(i, i + 1); // "Some say", "Many said": the quantifier is the whole subject
        }
        int first = -1;
        int count = 0;
        while (i >= 0 && count < MAX) {
            if (d.is(i, ")") && (first < 0 || d.isWord(first))) {
                // "Sen. Jack Reed (D-R.I.) said": a short bracketed aside is part of the phrase
                int open = i;
                while (open >= sentFirst && i - open < 8 && !d.is(open, "(")) {
                    open--;
                }
                if (open <= sentFirst || !d.is(open, "(")) {
                    break;
                }
                first = open;
                count += i - open + 1;
                i = prev(open, sentFirst);
                continue;
            }
            if (!accepts(i, sentFirst, first)) {
                break;
            }
            first = i;
            count++;
            i = prev(i, sentFirst);
        }
        if (first < 0) {
            return null;
        }
        return trim(first, lastBefore(end, sentFirst) + 1);
    }

    /** A number in figures or a number word ("10", "three"). */
    private boolean numeric(int i) {
        return d.tok(i).type() == org.slant.text.Token.Type.NUMBER
                || NUMBER_WORDS.contains(d.norm(i));
    }

    private static final java.util.Set<String> APPROXIMATELY = java.util.Set.of("about", "nearly", "almost", "roughly",
            "around", "some", "only", "just", "over", "more");

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten");

    /** Nothing but a comma, a conjunction or the sentence start before token i. */
    private boolean opensClause(int i, int sentFirst) {
        int p = prev(i, sentFirst);
        return p < 0 || d.isComma(p) || d.isMark(p) && d.opens(p) == null || d.isWord(p) && Grammar.JOINERS.contains(d.norm(p));
    }

    private int lastBefore(int end, int sentFirst) {
        return prev(end, sentFirst);
    }

    /** Whether token i (left of the phrase so far, which starts at {@code first}) belongs to the phrase. */
    private boolean accepts(int i, int sentFirst, int first) {
        if (d.quoted[i] || d.isMark(i)) {
            return false;
        }
        String w = d.norm(i);
        if (!d.isWord(i)) {
            if (d.isAbbreviationDot(i)) {
                return true;
            }
            // "the $100 billion": a currency sign before its number
            boolean currency = "$€£¥".contains(w) && w.length() == 1 && first >= 0
                    && d.tok(first).type() == org.slant.text.Token.Type.NUMBER;
            return currency || w.equals("&") && first >= 0;
        }
        if (w.equals("'s") || w.equals("'")) {
            return first >= 0;
        }
        if (d.tok(i).type() == org.slant.text.Token.Type.NUMBER) {
            return first >= 0 && !d.isCapitalised(first); // "two officials", not "February 21 Macron"
        }
        boolean sentenceStart = i == sentFirst || prev(i, sentFirst) < 0 || d.isMark(prev(i, sentFirst))
                && prev(prev(i, sentFirst), sentFirst) < 0;
        if (Grammar.TIME.contains(w) && !(d.isCapitalised(i) && !sentenceStart && !MONTHS_AND_DAYS.contains(w))) {
            return false; // "on Sunday" ends the phrase; "Day said" (a surname) does not
        }
        if (Grammar.DETERMINERS.contains(w)) {
            return first >= 0;
        }
        if (w.equals("to")) {
            // "a source close to Mr Lecornu"; "U.S. Ambassador to Russia Jon Doe" (a role's posting)
            int p = prev(i, sentFirst);
            return first >= 0 && p >= 0 && (d.is(p, "close") || d.actor[p] != null
                    && d.actor[p].type() == ActorTerm.Type.ROLE && d.actor[p].postings().contains("to")
                    && (d.isCapitalised(first) || d.is(first, "the")));
        }
        if (w.equals("and")) {
            // "Estonia and Lithuania said": names on both sides; "current and former officials said"
            int p = prev(i, sentFirst);
            return first >= 0 && p >= 0 && (d.isCapitalised(p) && d.isCapitalised(first)
                    || !d.isCapitalised(first) && Grammar.PAIRED_ADJECTIVES.contains(d.norm(p)));
        }
        if (w.equals("in") && first >= 0 && numeric(first)) {
            int p = prev(i, sentFirst); // "six in 10 said", "one in three": a share of those asked
            return p >= 0 && numeric(p);
        }
        if (Grammar.INNER_PREPOSITIONS.contains(w)) {
            int p = prev(i, sentFirst);
            // "director of research": after "of" any noun; after other prepositions a name or determiner
            // "rebels in eastern Ukraine": a lower-case adjective before a place counts as the place
            boolean object = first >= 0 && (d.isCapitalised(first) || Grammar.DETERMINERS.contains(d.norm(first))
                    || w.equals("of") && d.isWord(first)
                    || d.isWord(first) && first + 1 < d.n && d.actor[first + 1] != null && d.actor[first + 1].isPlace());
            return object && p >= 0 && d.isWord(p) && !Grammar.STOP.contains(d.norm(p))
                    && !Grammar.TIME.contains(d.norm(p)) && !Grammar.DETERMINERS.contains(d.norm(p));
        }
        if (sentenceStart && d.isCapitalised(i)) {
            // "Supposedly Russia told": a sentence-opening adverb is not part of the name
            boolean adverb = w.endsWith("ly") && d.actor[i] == null && d.outlet[i] == null;
            return !Grammar.SENTENCE_OPENERS.contains(w) && !Grammar.STOP.contains(w) && !adverb;
        }
        if (Grammar.STOP.contains(w) && !d.isCapitalised(i)) {
            return false;
        }
        if (!d.isCapitalised(i) && d.actor[i] == null && w.endsWith("ed") && w.length() > 4) {
            // a past-tense verb ends the phrase ("the man who came back"), but "those surveyed said" is a subject
            return first < 0 && Grammar.SURVEY_PARTICIPLES.contains(w);
        }
        if (Grammar.STOP.contains(w) && d.isCapitalised(i) && d.actor[i] == null && d.outlet[i] == null) {
            return false; // "That", "As", "Then" after a colon
        }
        return true;
    }

    /** Drops leading prepositions, conjunctions and possessive marks; null when no word is left. */
    private Range trim(int first, int end) {
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

    /**
     * The noun phrase starting at token {@code start}, scanning right: after an inverted cue, after
     * "according to", or a listener after "told". Stops at the first lower-case word after a name
     * ("Peskov earlier told"), at punctuation, and at prepositions after a name unless {@code ofOnly}
     * is false and the preposition leads to a name ("a spokesman for the Kremlin").
     */
    Range after(int start, int sentEnd, boolean allowPrepositions) {
        return after(start, sentEnd, allowPrepositions, false);
    }

    /** As {@link #after(int, int, boolean)}; {@code allowOf} lets "of" in ("a handful of guests"). */
    Range after(int start, int sentEnd, boolean allowPrepositions, boolean allowOf) {
        int i = start < sentEnd && d.markup[start] ? next(start, sentEnd) : start;
        if (i < 0 || i >= sentEnd || d.quoted[i]) {
            return null;
        }
        String w0 = d.norm(i);
        if (d.isWord(i) && Grammar.SUBJECT_PRONOUNS.contains(w0) && !w0.equals("it") && !w0.equals("you")) {
            return new Range(i, i + 1);
        }
        int first = i;
        int last = -1;
        boolean name = false;
        int count = 0;
        while (i >= 0 && i < sentEnd && count < MAX) {
            if (d.quoted[i] || d.isMark(i)) {
                break;
            }
            String w = d.norm(i);
            if (!d.isWord(i)) {
                if (d.isAbbreviationDot(i) || w.equals("&") && last >= 0) {
                    last = i;
                    count++;
                    i = next(i, sentEnd);
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
                int nx = next(i, sentEnd);
                accept = last >= 0 && d.isCapitalised(last) && nx >= 0 && d.isCapitalised(nx);
            } else if (Grammar.INNER_PREPOSITIONS.contains(w)) {
                int nx = next(i, sentEnd);
                boolean ofNoun = allowOf && w.equals("of") && last >= 0 && Grammar.QUANTITY_NOUNS.contains(d.norm(last))
                        && nx >= 0 && d.isWord(nx) && !d.isCapitalised(nx)
                        && !Grammar.STOP.contains(d.norm(nx)) && !d.norm(nx).endsWith("ing"); // "a handful of guests"
                accept = ofNoun || (allowPrepositions || allowOf && w.equals("of")) && last >= 0 && nx >= 0
                        && !Grammar.TIME.contains(d.norm(nx))
                        && (w.equals("of") || !name) && (d.isCapitalised(nx) || Grammar.DETERMINERS.contains(d.norm(nx)))
                        && !(nx + 1 < sentEnd && Grammar.TIME.contains(d.norm(nx + 1)) && !d.isCapitalised(nx + 1));
            } else if (d.isCapitalised(i)) {
                accept = !(Grammar.STOP.contains(w) && d.actor[i] == null && d.outlet[i] == null);
                if (accept && isName(i)) {
                    name = true;
                }
            } else {
                // after a name only a role word goes on ("the Florida senator"), or a title before another
                // name ("Ayotte campaign manager Jon Kohan"); not "Peskov earlier"
                boolean role = d.actor[i] != null && d.actor[i].type() == ActorTerm.Type.ROLE;
                accept = (!name || role || titleBeforeName(i, sentEnd)) && !Grammar.STOP.contains(w);
            }
            if (!accept) {
                break;
            }
            last = i;
            count++;
            i = next(i, sentEnd);
        }
        if (last < 0) {
            return null;
        }
        return trim(first, last + 1);
    }

    /** Up to three lower-case words, then a name: "campaign manager Jon Kohan". */
    private boolean titleBeforeName(int i, int sentEnd) {
        for (int k = i; k < sentEnd && k < i + 4; k++) {
            if (d.isCapitalised(k)) {
                return isName(k);
            }
            if (!d.isWord(k) || Grammar.STOP.contains(d.norm(k)) || Grammar.DETERMINERS.contains(d.norm(k))) {
                return false;
            }
        }
        return false;
    }

    /** A capitalised word that is a person's name: not a place, organisation, role, honorific or outlet. */
    boolean isName(int i) {
        if (!d.isCapitalised(i)) {
            return false;
        }
        ActorTerm t = d.actor[i];
        if (t != null) {
            return t.isPerson();
        }
        String w = d.norm(i);
        return d.outlet[i] == null && !Grammar.TIME.contains(w) && !Grammar.STOP.contains(w)
                && !Grammar.DETERMINERS.contains(w) && !Grammar.SENTENCE_OPENERS.contains(w);
    }

    /** The listener after a verb like "told": an object pronoun or a noun phrase without prepositions. */
    Range listener(int start, int sentEnd) {
        if (start < 0 || start >= sentEnd) {
            return null;
        }
        if (d.isWord(start) && Grammar.OBJECT_PRONOUNS.contains(d.norm(start))) {
            return new Range(start, start + 1);
        }
        String w = d.norm(start);
        if (Grammar.CLAUSE_STARTS.contains(w) || Grammar.SUBJECT_PRONOUNS.contains(w)
                || Grammar.PREPOSITIONS.contains(w) && !d.isCapitalised(start)) {
            return null;
        }
        Range r = after(start, sentEnd, false, true);
        if (r == null) {
            return null;
        }
        // "told Mr Lecornu he hoped": the phrase stops before the pronoun; "warned France it ..." likewise
        return r;
    }
}
