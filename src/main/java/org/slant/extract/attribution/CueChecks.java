package org.slant.extract.attribution;

import org.slant.text.Sentence;

import java.util.List;
import java.util.Set;

/**
 * Tests on a cue word in its sentence that tell reporting speech from other uses of the same word: the
 * verb group it belongs to, passives ("it is said"), nouns ("the product recall was", "government plans"),
 * names ("the United States"), reduced relatives ("a group called") and phrases that follow it
 * ("claimed the lives"). Each looks at a bounded number of tokens.
 */
final class CueChecks {

    private final Doc d;
    private final Phrases phrases;

    CueChecks(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }


    /** The reporting verb with its auxiliaries, negation and adverbs: "has also said", "earlier told". */
    int extendLeft(int head, Sentence s) {
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
    boolean nounForm(Cue cue, int head) {
        String h = d.norm(head);
        return cue.nounProne() && !h.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(h) && !PAST.contains(h);
    }

    private static final Set<String> PAST = org.slant.lexicon.WordSet.of("thought", "sought", "wrote", "spoke", "knew", "saw", "told", "said",
            "found", "felt", "gave", "took");

    /**
     * A pronoun, a person's name or a place as subject: "Trump plans", "Moscow demands", "he states". The
     * bare form of a noun-prone verb ("show", "plan") needs a plural subject or "I", "we", "they", since
     * after a singular phrase it is the noun ("Apple Music show The 411", "A Curious Plan").
     */
    boolean clearSubject(Phrases.Range src, int head) {
        String h = d.norm(head);
        boolean bare = !h.endsWith("s") && !h.endsWith("ing");
        if (bare) {
            String last = d.norm(src.end() - 1);
            boolean plural = last.endsWith("s") && !last.endsWith("ss") || last.equals("i") || last.equals("we")
                    || last.equals("they");
            if (!plural) {
                return false;
            }
        }
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

    /** A source phrase headed by a document word: "polls", "a new survey", "court records". */
    boolean documentHead(Phrases.Range src) {
        ActorTerm t = d.actor[src.end() - 1];
        return t != null && t.type() == ActorTerm.Type.ROLE && t.classes().contains("role.document");
    }

    /** Content that starts with "that", "whether", a colon or a quotation. */
    boolean clausal(ContentSpans.Right r) {
        if (r == null || r.refused()) {
            return false;
        }
        int i = r.start();
        return d.is(i, "that") || d.is(i, "whether") || d.is(i, "if") || d.opens(i) != null
                || i > 0 && d.is(i - 1, ":");
    }

    /** "the United States", "Islamic State": a capitalised cue word inside a name, outside title-case headlines. */
    boolean insideName(int head, Sentence s) {
        int p = head - 1;
        if (!d.isCapitalised(head) || p < s.firstToken() || !d.isCapitalised(p)) {
            return false;
        }
        return !d.titleCase(s.index());
    }

    /** "the product recall was expensive": a cue word followed by "was" or "has" is a noun, not a verb. */
    boolean nounUse(int after, Sentence s) {
        return after < s.endToken() && d.isWord(after) && (Grammar.BE.contains(d.norm(after)) || d.is(after, "has")
                || d.is(after, "had") || d.is(after, "have"));
    }

    /**
     * "a group called the Foundation", "a plan described as reckless": a past participle right after an
     * indefinite phrase about a thing names or describes it; nobody speaks. People and documents still do
     * ("a source confirmed", "a report showed").
     */
    boolean reducedRelative(Phrases.Range src, int head) {
        if (!d.is(src.first(), "a") && !d.is(src.first(), "an") || !d.norm(head).endsWith("ed")) {
            return false;
        }
        int before = head - 1;
        if (before > src.end() - 1 && before >= 0 && d.isWord(before) && Grammar.VERB_GROUP.contains(d.norm(before))) {
            return false; // "a leader of the rebels has admitted": a participle with its auxiliary is a verb
        }
        int after = head + 1;
        if (after < d.n && (d.is(after, "that") || d.is(after, "whether") || d.is(after, ":") || d.opens(after) != null)) {
            return false; // "a leader of the rebels admitted that ...": a content clause follows, not a name
        }
        int k = src.end() - 1; // the phrase's head noun decides: "a leader of a group called X" is about the group
        ActorTerm t = d.actor[k];
        return !(t != null && (t.isPerson() || t.type() == ActorTerm.Type.ROLE && (!"institution".equals(t.sourceType())
                || t.classes().contains("role.document"))) || phrases.isName(k));
    }

    /** "claimed the lives of", "slammed the door": the cue is not about speech here. */
    boolean notBefore(Cue cue, int after, Sentence s) {
        for (List<String> words : cue.notBefore()) {
            boolean all = after + words.size() <= s.endToken();
            for (int k = 0; all && k < words.size(); k++) {
                all = d.is(after + k, words.get(k));
            }
            if (all && !labelling(words, after, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called him a “liar”", "called it “predatory”": an object pronoun with a quotation opening within four
     * tokens after it labels someone, so a not-before pronoun ("called him" on the phone) does not veto it.
     */
    private boolean labelling(List<String> words, int after, Sentence s) {
        if (words.size() != 1 || !Grammar.OBJECT_PRONOUNS.contains(words.get(0)) && !words.get(0).equals("it")) {
            return false;
        }
        for (int k = after + 1; k < s.endToken() && k <= after + 4 && !d.isTerminal(k); k++) {
            if (d.opens(k) != null) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = org.slant.lexicon.WordSet.of("said", "told", "known", "seen", "shown", "written",
            "thought", "heard", "felt", "found", "given", "taken", "spoken", "understood");

    /** "it is said", "were blamed by": a passive reporting verb, whose source is not the subject. */
    boolean passive(int cueFirst, int head) {
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
}
