package org.slant.extract.attribution;

import org.slant.text.Sentence;

/**
 * Where a reporting verb's source phrase is when it is not simply the noun phrase right before it: past a
 * time phrase ("Lecornu on Wednesday told"), across an apposition or a relative clause, without the
 * document that carried the words ("a ministry statement said"), and after an inverted verb.
 */
final class SourceSpans {

    private final Doc d;
    private final Phrases phrases;

    private final LongSubjects longSubjects;

    SourceSpans(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
        this.longSubjects = new LongSubjects(d, phrases);
    }

    /**
     * The source phrase before a cue, skipping a time phrase ("on Wednesday") and "for its part"; across
     * an apposition or relative clause for a finite verb ("Lord Cameron, the Foreign Secretary, ruled").
     */
    Phrases.Range sourceBefore(int cueFirst, Sentence s, boolean finite) {
        int end = skipAdverbials(longSubjects.skipAside(cueFirst, s), s);
        Phrases.Range r = phrases.before(end, s.firstToken());
        if (finite) {
            Phrases.Range rel = longSubjects.relativeSubject(end, s);
            if (rel != null && (r == null || rel.first() < r.first())) {
                return rel;
            }
        }
        if (r != null || !finite) {
            return r;
        }
        int p = phrases.prev(end, s.firstToken());
        return p >= 0 && d.isComma(p) ? apposition(p, s) : null;
    }

    /**
     * "“...,” her spokesman, Ivo Brandt, told reporters": the title in apposition before a name that is the
     * source, when it follows a closing quotation mark, a comma or the sentence start; null otherwise. The
     * name stays the speaker; the title belongs to the source span, not to the content.
     */
    Phrases.Range titleBefore(Phrases.Range name, Sentence s) {
        int sf = s.firstToken();
        int comma = phrases.prev(name.first(), sf);
        int last = d.isComma(name.end() - 1) ? name.end() - 2 : name.end() - 1; // the apposition's closing comma
        if (comma < 0 || !d.isComma(comma) || last < name.first() || !phrases.isName(last)) {
            return null;
        }
        Phrases.Range title = phrases.before(comma, sf);
        if (title == null || title.size() > 10) {
            return null;
        }
        boolean role = false;
        for (int k = title.first(); k < title.end(); k++) {
            if (d.actor[k] != null && d.actor[k].isPerson() || phrases.isName(k) && d.actor[k] == null) {
                return null;
            }
            role |= d.actor[k] != null && d.actor[k].type() == ActorTerm.Type.ROLE
                    && !d.actor[k].classes().contains("role.document");
        }
        int before = phrases.prev(title.first(), sf);
        boolean opens = before < 0 || d.isComma(before) && d.closes(phrases.prev(before, sf)) != null
                || d.closes(before) != null;
        return role && opens ? title : null;
    }

    /**
     * The source up to its relative clause ("Donald Trump" of "Donald Trump, who ...,", "Another worker"
     * of "Another worker who asked not to be named"), or null.
     */
    Phrases.Range beforeRelative(Phrases.Range src) {
        for (int k = src.first() + 1; k + 1 < src.end(); k++) {
            if (d.isComma(k) && (Grammar.RELATIVE_PRONOUNS.contains(d.norm(k + 1)) || d.is(k + 1, "whose"))) {
                return new Phrases.Range(src.first(), k);
            }
            if (d.is(k, "who") || d.is(k, "whose")) {
                return new Phrases.Range(src.first(), k);
            }
        }
        return null;
    }

    /** "“...,” said Jay Doe, a supporter who chairs the county party.": see {@link LongSubjects}. */
    Phrases.Range withTrailingApposition(Phrases.Range np, Sentence s) {
        return longSubjects.withTrailingApposition(np, s);
    }

    /** A document word ending a longer source phrase ("a ministry statement"), or -1. */
    int artifactAt(Phrases.Range src) {
        int last = src.end() - 1;
        ActorTerm t = d.actor[last];
        if (t == null || t.type() != ActorTerm.Type.ROLE || !t.classes().contains("role.document") || d.actorFirst[last] != last
                || src.size() < 3) {
            return -1;
        }
        for (int k = src.first(); k < last; k++) {
            if (d.actor[k] != null && (d.actor[k].isPlace() || d.actor[k].isPerson()
                    || d.actor[k].type() == ActorTerm.Type.ROLE && !d.actor[k].classes().contains("role.document"))) {
                return last;
            }
        }
        return -1;
    }

    private int skipAdverbials(int cueFirst, Sentence s) {
        int sf = s.firstToken();
        int k = phrases.prev(cueFirst, sf);
        // "for its part"
        if (k >= 2 && d.is(k, "part") && Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(k - 1)) && d.is(k - 2, "for")
                && k - 2 > sf) {
            return k - 2;
        }
        int j = k;
        int steps = 0;
        while (j >= sf && steps < 5 && (Grammar.TIME.contains(d.norm(j)) && !d.isCapitalised(j) || d.isCapitalised(j)
                && Grammar.TIME.contains(d.norm(j)) || d.tok(j).type() == org.slant.text.Token.Type.NUMBER)) {
            j--;
            steps++;
        }
        if (steps == 0) {
            return cueFirst;
        }
        if (j >= sf && (d.is(j, "on") || d.is(j, "in") || d.is(j, "at"))) {
            j--;
        }
        return j >= sf ? j + 1 : cueFirst;
    }

    /**
     * "Lord Cameron, the Foreign Secretary, ruled out", "Doug Usher, director of research at Widmeyer,
     * said": a name and its appositions, walking back over up to four comma-separated noun phrases;
     * "Donald Trump, who could be president again, claimed": the name with its relative clause. The span
     * runs to the closing comma, as PolNeAR marks such sources; the name still decides who speaks (the
     * classifier reads the phrase up to its first comma). Null when no segment names anyone.
     */
    private Phrases.Range apposition(int comma, Sentence s) {
        int sf = s.firstToken();
        int k = comma;
        Phrases.Range best = null;
        boolean relative = false;
        for (int seg = 0; seg < 4; seg++) {
            int j = phrases.prev(k, sf);
            int steps = 0;
            while (j >= 0 && !d.isComma(j) && !d.isMark(j) && steps < 25) {
                j = phrases.prev(j, sf);
                steps++;
            }
            if (j >= 0 && !d.isComma(j)) {
                break;
            }
            int segStart = j >= 0 ? j + 1 : sf;
            while (segStart < k && (d.is(segStart, "and") || d.is(segStart, "but")) && j < 0) {
                segStart++; // "And Sen. Ann Berry, ..., said"
            }
            if (segStart >= k) {
                break;
            }
            if (Grammar.RELATIVE_PRONOUNS.contains(d.norm(segStart)) || d.is(segStart, "whose") || d.is(segStart, "including")) {
                if (j < 0) {
                    break;
                }
                relative = true;
                k = j;
                continue;
            }
            Phrases.Range np = phrases.before(k, sf);
            int rel = longSubjects.relativeInside(segStart, k);
            if (rel > 0) { // "a doctor who advised the governor": the noun phrase before the relative clause
                Phrases.Range head = phrases.before(rel, sf);
                np = head != null && head.first() == segStart ? new Phrases.Range(segStart, k) : np;
            }
            if (np == null || np.size() == 1 && Grammar.SUBJECT_PRONOUNS.contains(d.norm(np.first()))) {
                break;
            }
            boolean named = false;
            for (int i = np.first(); i < np.end(); i++) {
                named |= phrases.isName(i) || d.actor[i] != null && d.actor[i].isPerson();
            }
            String sw = d.norm(segStart);
            boolean described = best != null || seg == 0 && segStart < k && (d.is(segStart, "a") || d.is(segStart, "an")
                    || d.is(segStart, "the") || d.tok(segStart).type() == org.slant.text.Token.Type.NUMBER);
            if (np.first() != segStart && described && k - segStart <= 25 && !sw.isEmpty()) {
                np = new Phrases.Range(segStart, k); // "a senior adviser to Mr. Grant and past president of ..."
            }
            if (np.first() != segStart) {
                break; // a clause, not a noun phrase: "Russia will target the Games, warns Macron"
            }
            if (named) {
                best = new Phrases.Range(np.first(), comma + 1); // with a relative clause and the closing comma, as PolNeAR marks it
            }
            if (j < 0) {
                break;
            }
            k = j;
        }
        return best;
    }

    boolean endsInversion(int i, Sentence s) {
        while (i < s.endToken() && d.markup[i]) {
            i++;
        }
        if (i >= s.endToken()) {
            return true;
        }
        String w = d.norm(i);
        return d.isTerminal(i) || d.isComma(i) || d.is(i, ";") || d.is(i, ":") || d.isDash(i) || d.is(i, "(")
                || Grammar.PREPOSITIONS.contains(w) && !d.isCapitalised(i);
    }

    /** Only conjunctions, adverbs and commas before this token: the phrase opens its clause. */
    boolean openersOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = d.norm(k);
            boolean ok = d.isComma(k) || d.markup[k] || d.isMark(k) && d.opens(k) == null
                    || Grammar.SENTENCE_OPENERS.contains(w) || Grammar.JOINERS.contains(w)
                    || w.endsWith("ly") && !d.isCapitalised(k);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
