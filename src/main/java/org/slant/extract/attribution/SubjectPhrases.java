package org.slant.extract.attribution;

/**
 * The noun phrase that ends just before a cue, scanning left from it: "a senior Nato official said", "Sen.
 * Jack Reed (D-R.I.) said", "six in 10 said", "Some say". Bounded by {@link Phrases#MAX} tokens.
 */
final class SubjectPhrases {

    private static final java.util.Set<String> MONTHS_AND_DAYS = org.slant.lexicon.WordSet.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final Doc d;
    private final Phrases phrases;

    SubjectPhrases(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }

    /** See {@link Phrases#before}. */
    Phrases.Range before(int end, int sentFirst) {
        int i = phrases.prev(end, sentFirst);
        if (i < 0 || d.quoted[i]) {
            return null;
        }
        String w = d.norm(i);
        if (d.isWord(i) && (Grammar.SUBJECT_PRONOUNS.contains(w) || Grammar.RELATIVE_PRONOUNS.contains(w))) {
            return new Phrases.Range(i, i + 1);
        }
        int in = phrases.prev(i, sentFirst);
        int whole = in >= 0 ? phrases.prev(in, sentFirst) : -1;
        if (numeric(i) && in >= 0 && d.is(in, "in") && whole >= 0 && numeric(whole)) {
            // "six in 10 said", "About one in three say": a share of those asked, with "about" or "nearly"
            int a = phrases.prev(whole, sentFirst);
            boolean approx = a >= 0 && APPROXIMATELY.contains(d.norm(a));
            return new Phrases.Range(approx ? a : whole, i + 1);
        }
        if (d.isWord(i) && Grammar.QUANTIFIER_SUBJECTS.contains(w) && opensClause(i, sentFirst)) {
            return new Phrases.Range(i, i + 1); // "Some say", "Many said": the quantifier is the whole subject
        }
        int first = -1;
        int count = 0;
        while (i >= 0 && count < Phrases.MAX) {
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
                i = phrases.prev(open, sentFirst);
                continue;
            }
            if (!accepts(i, sentFirst, first)) {
                break;
            }
            first = i;
            count++;
            i = phrases.prev(i, sentFirst);
        }
        if (first < 0) {
            return null;
        }
        return phrases.trim(first, lastBefore(end, sentFirst) + 1);
    }

    /** A number in figures or a number word ("10", "three"). */
    private boolean numeric(int i) {
        return d.tok(i).type() == org.slant.text.Token.Type.NUMBER
                || NUMBER_WORDS.contains(d.norm(i));
    }

    private static final java.util.Set<String> APPROXIMATELY = org.slant.lexicon.WordSet.of("about", "nearly", "almost", "roughly",
            "around", "some", "only", "just", "over", "more");

    private static final java.util.Set<String> NUMBER_WORDS = org.slant.lexicon.WordSet.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten");

    /** Nothing but a comma, a conjunction or the sentence start before token i. */
    private boolean opensClause(int i, int sentFirst) {
        int p = phrases.prev(i, sentFirst);
        return p < 0 || d.isComma(p) || d.isMark(p) && d.opens(p) == null || d.isWord(p) && Grammar.JOINERS.contains(d.norm(p));
    }

    private int lastBefore(int end, int sentFirst) {
        return phrases.prev(end, sentFirst);
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
            return first >= 0 && !d.isCapitalised(first); // "two officials", not "February 21 Dupont"
        }
        boolean sentenceStart = i == sentFirst || phrases.prev(i, sentFirst) < 0 || d.isMark(phrases.prev(i, sentFirst))
                && phrases.prev(phrases.prev(i, sentFirst), sentFirst) < 0;
        if (Grammar.TIME.contains(w) && !(d.isCapitalised(i) && !sentenceStart && !MONTHS_AND_DAYS.contains(w))) {
            return false; // "on Sunday" ends the phrase; "Day said" (a surname) does not
        }
        if (Grammar.DETERMINERS.contains(w)) {
            return first >= 0;
        }
        if (w.equals("to")) {
            // "a source close to Mr Marchal"; "U.S. Ambassador to Russia Jon Doe" (a role's posting)
            int p = phrases.prev(i, sentFirst);
            return first >= 0 && p >= 0 && (d.is(p, "close") || d.actor[p] != null
                    && d.actor[p].type() == ActorTerm.Type.ROLE && d.actor[p].postings().contains("to")
                    && (d.isCapitalised(first) || d.is(first, "the")));
        }
        if (w.equals("and")) {
            // "Estonia and Lithuania said": names on both sides; "current and former officials said"
            int p = phrases.prev(i, sentFirst);
            return first >= 0 && p >= 0 && (d.isCapitalised(p) && d.isCapitalised(first)
                    || !d.isCapitalised(first) && Grammar.PAIRED_ADJECTIVES.contains(d.norm(p)));
        }
        if (w.equals("in") && first >= 0 && numeric(first)) {
            int p = phrases.prev(i, sentFirst); // "six in 10 said", "one in three": a share of those asked
            return p >= 0 && numeric(p);
        }
        if (Grammar.INNER_PREPOSITIONS.contains(w)) {
            int p = phrases.prev(i, sentFirst);
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

}
