package org.slant.extract.attribution;

import org.slant.ingest.Outlet;
import org.slant.lexicon.PhraseIndex;
import org.slant.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds attributions from the cues of one sentence at a time: finds each cue's source and content by its
 * frame (verb, prep, noun, headline), cuts a content where the next attribution of the sentence starts
 * (", after the Kremlin claimed"), gives a participle or coordinated verb the source of the attribution
 * before it (", adding that"), then classifies every source in text order so pronouns can look back.
 */
final class Frames {

    /** An attribution being built, in token offsets. */
    static final class Draft {
        Cue cue;
        int cueFirst;
        int cueEnd;
        Phrases.Range source;
        boolean shared;
        int rightFrom = -1;
        int contentStart = -1;
        int contentEnd = -1;
        int[] secondPiece;
        String pattern;
        Phrases.Range listener;
        Source classified;

        int frameStart() {
            return source != null && !shared ? Math.min(source.first(), cueFirst) : cueFirst;
        }
    }

    private final Doc d;
    private final Phrases phrases;
    private final ContentSpans spans;
    private final Antecedents antecedents = new Antecedents();
    private final java.util.Set<Integer> usedQuotes = new java.util.HashSet<>();
    private final SourceClassifier classifier;

    Frames(Doc d) {
        this.d = d;
        this.phrases = new Phrases(d);
        this.spans = new ContentSpans(d, phrases);
        this.classifier = new SourceClassifier(d, phrases, antecedents);
    }

    /** Records the people a sentence mentions outside quotations, before its cues are read. */
    void registerMentions(Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (d.quoted[k]) {
                continue;
            }
            ActorTerm t = d.actor[k];
            if (t != null && t.isPerson() && d.actorFirst[k] == k) {
                antecedents.person(k, s.index(), d.paragraphOfSentence[s.index()],
                        new Source("named", t.canonical(), null, t.actor(), t.gender(), t.classes(), "mention"), false);
            } else if (t != null && t.type() == ActorTerm.Type.HONORIFIC && d.actorFirst[k] == k) {
                int j = d.actorEnd[k];
                if (d.isAbbreviationDot(j)) {
                    j++;
                }
                if (j < s.endToken() && phrases.isName(j) && (d.actor[j] == null || !d.actor[j].isPerson())) {
                    int e = j + 1;
                    while (e < s.endToken() && phrases.isName(e) && d.actor[e] == null) {
                        e++;
                    }
                    antecedents.person(k, s.index(), d.paragraphOfSentence[s.index()],
                            new Source("named", d.span(j, e), null, Source.UNKNOWN, t.gender(), Set.of(), "mention"), false);
                }
            }
        }
    }

    Draft draft(PhraseIndex.Match<Cue> m, Sentence s) {
        return switch (m.payload().frame()) {
            case VERB -> verb(m, s);
            case PREP -> prep(m, s);
            case NOUN -> noun(m, s);
            case HEADLINE -> headline(m, s);
        };
    }

    // --- frames ---

    private Draft verb(PhraseIndex.Match<Cue> m, Sentence s) {
        Cue cue = m.payload();
        int head = m.firstToken();
        int cueFirst = extendLeft(head, s);
        if (passive(cueFirst, head) || notBefore(cue, m.endToken(), s) || nounUse(m.endToken(), s)
                || insideName(head, s)) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = cue;
        dr.cueFirst = cueFirst;
        dr.cueEnd = m.endToken();
        boolean participle = d.norm(head).endsWith("ing");
        Phrases.Range src = sourceBefore(cueFirst, s, !participle);
        if (src != null && reducedRelative(src, head)) {
            return null;
        }
        if (src != null && !participle) {
            int artifact = artifactAt(src);
            if (artifact >= 0) {
                // "a French defense ministry statement said": the ministry speaks; the statement is how
                dr.cueFirst = cueFirst = artifact;
                src = new Phrases.Range(src.first(), artifact);
            }
        }
        if (src != null) {
            dr.source = src;
            int pb = phrases.prev(src.first(), s.firstToken());
            int na = dr.cueEnd < s.endToken() ? dr.cueEnd : -1;
            if (pb >= 0 && d.isComma(pb) && na >= 0 && d.isComma(na) && d.closes(phrases.prev(pb, s.firstToken())) == null
                    && cue.content() == Cue.ContentRule.ANY && na + 1 < s.endToken() && d.isWord(na + 1)
                    && !Grammar.JOINERS.contains(d.norm(na + 1)) && !d.norm(na + 1).endsWith("ing")) {
                // "France, he said, had been in contact ..."
                dr.contentStart = d.tok(s.firstToken()).start();
                dr.contentEnd = d.tok(pb).start();
                dr.secondPiece = new int[]{d.tok(na + 1).start(), spans.sentenceEnd(s)};
                dr.pattern = "parenthetical";
                return dr;
            }
            ContentSpans.Right r = spans.right(dr.cueEnd, s, cue);
            if (r != null && r.refused() || nounForm(cue, head) && !clearSubject(src) && !clausal(r)) {
                return null;
            }
            if (r != null) {
                dr.rightFrom = r.start();
                dr.listener = r.listener();
                dr.pattern = d.opens(r.start()) != null ? "quote-last" : "reported";
                return dr;
            }
            int[] left = spans.left(src.first(), s, cue);
            if (left == null) {
                return null;
            }
            setLeft(dr, left);
            return dr;
        }
        int pv = phrases.prev(cueFirst, s.firstToken());
        if (!participle && cue.invert() && (pv < 0 || d.isComma(pv) || d.closes(pv) != null)) {
            Phrases.Range np = phrases.after(dr.cueEnd, s.endToken(), true);
            if (np != null && endsInversion(np.end(), s)) {
                int[] left = spans.left(cueFirst, s, cue);
                if (left != null) {
                    dr.source = np;
                    setLeft(dr, left);
                    return dr;
                }
            }
        }
        boolean joined = pv >= 0 && (d.is(pv, "and") || d.is(pv, "but"));
        if (participle && pv >= 0 && (d.isComma(pv) || d.isDash(pv) || joined) || joined) {
            ContentSpans.Right r = spans.right(dr.cueEnd, s, cue);
            if (r == null || r.refused() || nounForm(cue, head) && !clausal(r)) {
                return null;
            }
            dr.shared = true;
            dr.rightFrom = r.start();
            dr.listener = r.listener();
            dr.pattern = "shared";
            return dr;
        }
        return null;
    }

    private void setLeft(Draft dr, int[] left) {
        dr.contentStart = left[0];
        dr.contentEnd = left[1];
        dr.pattern = d.quoteByEnd.containsKey(left[1]) ? "quote-first" : "reported-first";
    }

    private Draft prep(PhraseIndex.Match<Cue> m, Sentence s) {
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = m.firstToken();
        dr.cueEnd = m.endToken();
        Phrases.Range np = phrases.after(dr.cueEnd, s.endToken(), true);
        if (np == null || np.size() == 1 && d.isWord(np.first()) && !d.isCapitalised(np.first())
                && !d.norm(np.first()).endsWith("s") && d.actor[np.first()] == null) {
            return null; // "according to plan": a bare singular noun is not a speaker
        }
        dr.source = np;
        dr.pattern = "according-to";
        int after = np.end();
        if (openersOnly(s.firstToken(), dr.cueFirst)) {
            if (after < s.endToken() && d.isComma(after)) {
                after++;
            }
            if (after < s.endToken() && !d.isTerminal(after)) {
                dr.rightFrom = after;
                return dr;
            }
            return null;
        }
        int pv = phrases.prev(dr.cueFirst, s.firstToken());
        int end = pv >= 0 && (d.isComma(pv) || d.isDash(pv)) ? pv : dr.cueFirst;
        if (end - s.firstToken() < 2) {
            return null;
        }
        dr.contentStart = d.tok(s.firstToken()).start();
        dr.contentEnd = d.tok(end).start();
        return dr;
    }

    private Draft noun(PhraseIndex.Match<Cue> m, Sentence s) {
        int k = phrases.prev(m.firstToken(), s.firstToken());
        if (k >= 0 && d.isWord(k) && !d.isCapitalised(k) && !d.is(k, "'s") && !Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(k))) {
            k = phrases.prev(k, s.firstToken()); // "his latest claim"
        }
        if (k < 0) {
            return null;
        }
        Phrases.Range src;
        if (d.is(k, "'s") || d.is(k, "'")) {
            src = phrases.before(k, s.firstToken());
        } else if (Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(k))) {
            src = new Phrases.Range(k, k + 1);
        } else {
            return null;
        }
        int next = m.endToken();
        if (src == null || next >= s.endToken()) {
            return null;
        }
        if (!(d.is(next, "that") || d.is(next, ":") || d.opens(next) != null)) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = m.firstToken();
        dr.cueEnd = m.endToken();
        dr.source = src;
        dr.rightFrom = d.is(next, ":") ? next + 1 : next;
        dr.pattern = "possessive";
        return dr.rightFrom < s.endToken() ? dr : null;
    }

    /**
     * "France refuses antiterrorism cooperation – Moscow" and "Dr. Ben Carson: Hillary Clinton ‘Not Fit’":
     * a one-line paragraph without a full stop, its speaker after a dash or before a colon.
     */
    private Draft headline(PhraseIndex.Match<Cue> m, Sentence s) {
        int si = s.index();
        int para = d.paragraphOfSentence[si];
        boolean alone = (si == 0 || d.paragraphOfSentence[si - 1] != para)
                && (si + 1 >= d.sentences.size() || d.paragraphOfSentence[si + 1] != para);
        int last = s.endToken() - 1;
        if (!alone || d.isTerminal(last) && !d.isMark(last)) {
            return null;
        }
        if (d.is(m.firstToken(), ":")) {
            return headlineColon(m, s);
        }
        if (!d.isWord(last) || s.endToken() - m.endToken() > 6 || m.firstToken() - s.firstToken() < 2) {
            return null;
        }
        Phrases.Range np = phrases.after(m.endToken(), s.endToken(), true);
        if (np == null || np.end() != s.endToken()) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = m.firstToken();
        dr.cueEnd = m.endToken();
        dr.source = np;
        dr.contentStart = d.tok(s.firstToken()).start();
        dr.contentEnd = d.tok(m.firstToken()).start();
        dr.pattern = "headline";
        return dr;
    }

    private Draft headlineColon(PhraseIndex.Match<Cue> m, Sentence s) {
        int colon = m.firstToken();
        if (colon - s.firstToken() > 6 || s.endToken() - colon < 3) {
            return null;
        }
        Phrases.Range np = phrases.before(colon, s.firstToken());
        if (np == null || np.first() != s.firstToken()) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = colon;
        dr.cueEnd = colon + 1;
        dr.source = np;
        dr.rightFrom = colon + 1;
        dr.pattern = "headline";
        return dr;
    }

    // --- helpers for frames ---

    /** The reporting verb with its auxiliaries, negation and adverbs: "has also said", "earlier told". */
    private int extendLeft(int head, Sentence s) {
        int first = head;
        for (int steps = 0; steps < 4; steps++) {
            int k = phrases.prev(first, s.firstToken());
            if (k < 0 || d.quoted[k] || !d.isWord(k)) {
                break;
            }
            String w = d.norm(k);
            boolean adverb = w.endsWith("ly") && w.length() > 4 && !d.isCapitalised(k) && d.actor[k] == null;
            if (!Grammar.VERB_GROUP.contains(w) && !adverb || d.isCapitalised(k) && k == s.firstToken()) {
                break;
            }
            first = k;
        }
        return first;
    }

    /** A present or -ing form of a cue that is also a common noun ("plans", "support", "showing"). */
    private boolean nounForm(Cue cue, int head) {
        String h = d.norm(head);
        return cue.nounProne() && !h.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(h) && !PAST.contains(h);
    }

    private static final Set<String> PAST = Set.of("thought", "sought", "wrote", "spoke", "knew", "saw", "told", "said",
            "found", "felt", "gave", "took");

    /** A pronoun, a person's name or a place as subject: "Trump plans", "Moscow demands", "he states". */
    private boolean clearSubject(Phrases.Range src) {
        if (src.size() == 1 && (Grammar.SUBJECT_PRONOUNS.contains(d.norm(src.first()))
                || Grammar.RELATIVE_PRONOUNS.contains(d.norm(src.first())))) {
            return true;
        }
        for (int k = src.first(); k < src.end(); k++) {
            if (phrases.isName(k) || d.actor[k] != null && (d.actor[k].isPerson() || d.actor[k].isPlace())) {
                return true;
            }
        }
        return false;
    }

    /** Content that starts with "that", "whether", a colon or a quotation. */
    private boolean clausal(ContentSpans.Right r) {
        if (r == null || r.refused()) {
            return false;
        }
        int i = r.start();
        return d.is(i, "that") || d.is(i, "whether") || d.is(i, "if") || d.opens(i) != null
                || i > 0 && d.is(i - 1, ":");
    }

    /** "the United States", "Islamic State": a capitalised cue word inside a name, outside title-case headlines. */
    private boolean insideName(int head, Sentence s) {
        int p = head - 1;
        if (!d.isCapitalised(head) || p < s.firstToken() || !d.isCapitalised(p)) {
            return false;
        }
        return !d.titleCase(s.index());
    }

    /** "the product recall was expensive": a cue word followed by "was" or "has" is a noun, not a verb. */
    private boolean nounUse(int after, Sentence s) {
        return after < s.endToken() && d.isWord(after) && (Grammar.BE.contains(d.norm(after)) || d.is(after, "has")
                || d.is(after, "had") || d.is(after, "have"));
    }

    /**
     * "a group called the Foundation", "a plan described as reckless": a past participle right after an
     * indefinite phrase about a thing names or describes it; nobody speaks. People and documents still do
     * ("a source confirmed", "a report showed").
     */
    private boolean reducedRelative(Phrases.Range src, int head) {
        if (!d.is(src.first(), "a") && !d.is(src.first(), "an") || !d.norm(head).endsWith("ed")) {
            return false;
        }
        for (int k = src.first(); k < src.end(); k++) {
            ActorTerm t = d.actor[k];
            if (t != null && (t.isPerson() || t.type() == ActorTerm.Type.ROLE && (!"institution".equals(t.sourceType())
                    || t.classes().contains("role.document"))) || phrases.isName(k)) {
                return false;
            }
        }
        return true;
    }

    /** "claimed the lives of", "slammed the door": the cue is not about speech here. */
    private boolean notBefore(Cue cue, int after, Sentence s) {
        for (List<String> words : cue.notBefore()) {
            boolean all = after + words.size() <= s.endToken();
            for (int k = 0; all && k < words.size(); k++) {
                all = d.is(after + k, words.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("said", "told", "known", "seen", "shown", "written",
            "thought", "heard", "felt", "found", "given", "taken", "spoken", "understood");

    /** "it is said", "were blamed by": a passive reporting verb, whose source is not the subject. */
    private boolean passive(int cueFirst, int head) {
        String h = d.norm(head);
        if (h.endsWith("ing") || !(h.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(h))) {
            return false;
        }
        for (int k = cueFirst; k < head; k++) {
            if (Grammar.BE.contains(d.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source phrase before a cue, skipping a time phrase ("on Wednesday") and "for its part"; across
     * an apposition or relative clause for a finite verb ("Lord Cameron, the Foreign Secretary, ruled").
     */
    private Phrases.Range sourceBefore(int cueFirst, Sentence s, boolean finite) {
        int end = skipAdverbials(cueFirst, s);
        Phrases.Range r = phrases.before(end, s.firstToken());
        if (r != null || !finite) {
            return r;
        }
        int p = phrases.prev(end, s.firstToken());
        return p >= 0 && d.isComma(p) ? apposition(p, s) : null;
    }

    /** A document word ending a longer source phrase ("a ministry statement"), or -1. */
    private int artifactAt(Phrases.Range src) {
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
     * "Donald Trump, who could be president again, claimed": the name before a relative clause, which is
     * left out of the source. Null when no segment names anyone.
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
            if (np == null || np.size() == 1 && Grammar.SUBJECT_PRONOUNS.contains(d.norm(np.first()))) {
                break;
            }
            boolean named = false;
            for (int i = np.first(); i < np.end(); i++) {
                named |= phrases.isName(i) || d.actor[i] != null && d.actor[i].isPerson();
            }
            if (np.first() != segStart) {
                break; // a clause, not a noun phrase: "Russia will target the Games, warns Macron"
            }
            if (named) {
                best = relative ? np : new Phrases.Range(np.first(), phrases.prev(comma, sf) + 1);
            }
            if (j < 0) {
                break;
            }
            k = j;
        }
        return best;
    }

    private boolean endsInversion(int i, Sentence s) {
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
    private boolean openersOnly(int from, int to) {
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

    // --- completing a sentence ---

    List<Attribution> complete(List<Draft> drafts, Sentence s) {
        List<Attribution> out = new ArrayList<>();
        int sentEnd = spans.sentenceEnd(s);
        Draft previous = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft dr = drafts.get(i);
            if (dr.rightFrom >= 0) {
                dr.contentStart = d.tok(dr.rightFrom).start();
                dr.contentEnd = Math.min(cut(dr, drafts, i, sentEnd), capped(dr.rightFrom, s));
            }
            if (dr.shared) {
                if (previous != null && previous.classified != null) {
                    dr.source = previous.source;
                    dr.classified = previous.classified.withResolution("shared");
                } else {
                    Phrases.Range subject = subject(s, dr.cueFirst);
                    if (subject == null) {
                        continue;
                    }
                    dr.source = subject;
                    dr.classified = classifier.classify(subject).withResolution("shared");
                }
            } else {
                dr.classified = classifier.classify(dr.source);
            }
            if (dr.classified.type().equals("unresolved") && (dr.cue.frame() == Cue.Frame.HEADLINE
                    || dr.source.size() == 1 && Grammar.RELATIVE_PRONOUNS.contains(d.norm(dr.source.first())))
                    || dr.cue.frame() == Cue.Frame.HEADLINE && !knownSpeaker(dr.source)) {
                continue; // a headline before no known speaker ("Region: Europe"); "who said what" with no one before "who"
            }
            Attribution a = build(dr, s);
            if (a == null) {
                continue;
            }
            out.add(a);
            previous = dr;
            antecedents.source(dr.source.first(), s.index(), d.paragraphOfSentence[s.index()], dr.classified);
        }
        return out;
    }

    /** How many later attributions of a sentence may end a content; and the longest reported content. */
    private static final int MAX_SIBLINGS = 8;
    private static final int MAX_REPORTED_TOKENS = 200;

    /**
     * Reported content runs to the end of its sentence, but a "sentence" without punctuation can be a
     * whole article: a cap keeps the work per attribution constant. A quotation the content opens still
     * runs to its closing mark ({@link ContentSpans#piece}).
     */
    private int capped(int from, Sentence s) {
        int last = Math.min(s.endToken(), from + MAX_REPORTED_TOKENS) - 1;
        return last < from ? d.tok(from).end() : d.tok(last).end();
    }

    /** A headline speaker must be known: a gazetteer entry, an outlet, a role or a full name ("Dr. Ben Carson"). */
    private boolean knownSpeaker(Phrases.Range src) {
        int names = 0;
        for (int k = src.first(); k < src.end(); k++) {
            if (d.actor[k] != null || d.outlet[k] != null) {
                return true;
            }
            names += phrases.isName(k) ? 1 : 0;
        }
        return names >= 2;
    }

    /** Where a content after a cue ends: at the comma before the next attribution joined to the sentence. */
    private int cut(Draft dr, List<Draft> drafts, int i, int sentEnd) {
        for (int j = i + 1; j < drafts.size() && j <= i + MAX_SIBLINGS; j++) {
            int f = drafts.get(j).frameStart();
            if (f <= dr.rightFrom) {
                continue;
            }
            if (drafts.get(j).cue.frame() == Cue.Frame.HEADLINE) {
                return d.tok(f).start(); // "Western elites want to prosper – Putin": the dash ends the content
            }
            int k = phrases.prev(f, dr.rightFrom);
            int words = 0;
            while (k > dr.rightFrom && words < 2 && d.isWord(k) && (Grammar.JOINERS.contains(d.norm(k))
                    || Grammar.PREPOSITIONS.contains(d.norm(k)))) {
                k = phrases.prev(k, dr.rightFrom);
                words++;
            }
            if (k > dr.rightFrom && (d.isComma(k) || d.is(k, ";") || d.isDash(k) || d.is(k, "("))) {
                return d.tok(k).start();
            }
            if (k > dr.rightFrom && words == 0 && d.closes(k) != null) {
                return d.tok(k).end(); // "... "increased exchanges," a ministry statement said"
            }
            if (words > 0 && (d.is(k + 1, "and") || d.is(k + 1, "but"))) {
                return d.tok(k + 1).start();
            }
        }
        return sentEnd;
    }

    /** The subject of a sentence for a participle without its own source: the first phrase after any opener. */
    private Phrases.Range subject(Sentence s, int before) {
        int start = s.firstToken();
        if (Grammar.SENTENCE_OPENERS.contains(d.norm(start)) || Grammar.PREPOSITIONS.contains(d.norm(start))) {
            for (int k = start; k < before && k - start < 12; k++) {
                if (d.isComma(k)) {
                    start = k + 1;
                    break;
                }
            }
        }
        Phrases.Range r = phrases.after(start, before, false);
        if (r == null) {
            return null;
        }
        if (r.size() == 1 && Grammar.SUBJECT_PRONOUNS.contains(d.norm(r.first()))) {
            return r;
        }
        for (int k = r.first(); k < r.end(); k++) {
            if (phrases.isName(k) || d.actor[k] != null) {
                return r;
            }
        }
        return null;
    }

    private Attribution build(Draft dr, Sentence s) {
        List<Attribution.Piece> pieces = new ArrayList<>();
        Attribution.Piece main = spans.piece(dr.contentStart, dr.contentEnd);
        if (main == null || !usedQuotes.add(main.start()) && spans.isQuote(main)) {
            return null; // no words, or a quotation some earlier cue already took ("“...,” he said, she said")
        }
        pieces.add(main);
        if (dr.secondPiece != null) {
            Attribution.Piece second = spans.piece(dr.secondPiece[0], dr.secondPiece[1]);
            if (second != null) {
                pieces.add(second);
            }
        }
        List<Attribution.Piece> quotes = new ArrayList<>();
        for (Attribution.Piece p : pieces) {
            quotes.addAll(spans.quotesIn(p));
        }
        boolean direct = pieces.size() == 1 && spans.isQuote(main);
        if (dr.cue.content() == Cue.ContentRule.QUOTE && quotes.isEmpty()) {
            return null;
        }
        int cueStart = d.tok(dr.cueFirst).start();
        int cueEnd = d.tok(dr.cueEnd - 1).end();
        int srcStart = d.tok(dr.source.first()).start();
        int srcEnd = d.tok(dr.source.end() - 1).end();
        return new Attribution(dr.cue, cueStart, cueEnd, srcStart, srcEnd, pieces, dr.classified, direct, dr.pattern, 0,
                medium(dr, s, pieces), quotes);
    }

    /**
     * The outlet the words were given to: in the listener ("told AFP"), or between the cue and the content
     * ("said in an interview to Le Journal du Dimanche"); for a pronoun source, also in the sentence before
     * when it speaks of an interview ("... in an interview with the BBC's Ukrainecast. He said: ...").
     */
    private String medium(Draft dr, Sentence s, List<Attribution.Piece> pieces) {
        int from = dr.cueEnd;
        int to = dr.rightFrom >= 0 ? dr.rightFrom : s.endToken();
        for (int k = from; k < to; k++) {
            if (d.outlet[k] != null && !d.quoted[k] && (k < dr.source.first() || k >= dr.source.end())) {
                return d.outlet[k].name();
            }
        }
        if ("pronoun".equals(dr.classified.resolution()) && s.index() > 0) {
            Sentence before = d.sentences.get(s.index() - 1);
            boolean interview = false;
            for (int k = before.firstToken(); k < before.endToken(); k++) {
                interview |= d.is(k, "interview") || d.is(k, "interviews");
                if (interview && d.outlet[k] != null && !d.quoted[k]) {
                    return d.outlet[k].name();
                }
            }
        }
        return null;
    }
}
