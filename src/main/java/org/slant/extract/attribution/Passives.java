package org.slant.extract.attribution;

import org.slant.text.Sentence;

import java.util.Set;

/**
 * Sources named after "by": a passive reporting verb with its agent ("The minister was accused by a
 * Baltic colleague of stalling the talks": the colleague accuses) and a document issued by someone
 * ("according to a statement released by the finance ministry": the ministry speaks). Without an agent
 * that names or describes someone, a passive stays no attribution ("It is said that ..."). Every scan is
 * bounded by a few tokens.
 */
final class Passives {

    /** How far after a passive verb "by" may come ("was blamed on the weather by the organisers"). */
    private static final int BY_REACH = 6;

    /**
     * Participles that hand a document to whoever issued it. "obtained by", "seen by" are not here: who
     * obtained or saw a document did not write it.
     */
    private static final Set<String> ISSUED = Set.of("released", "issued", "published", "sent", "circulated",
            "posted", "signed", "written", "prepared", "drafted", "filed", "distributed", "put");

    private final Doc d;
    private final Phrases phrases;

    Passives(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }

    /** A passive verb's draft with its agent as source, or null when no agent follows. */
    Draft verb(Cue cue, int cueFirst, int cueEnd, Sentence s) {
        int by = byAfter(cueEnd, s);
        if (by < 0) {
            return null;
        }
        Phrases.Range agent = agent(by, s);
        Phrases.Range patient = phrases.before(cueFirst, s.firstToken());
        if (agent == null || patient == null) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = cue;
        dr.cueFirst = cueFirst;
        dr.cueEnd = cueEnd;
        dr.source = agent;
        dr.pattern = "passive";
        // the content: who or what the words were about, and what follows the agent ("of stalling the talks")
        dr.contentStart = d.tok(patient.first()).start();
        dr.contentEnd = d.tok(patient.end() - 1).end();
        int rest = agent.end();
        int sentEnd = s.endToken();
        if (rest < sentEnd && !d.isTerminal(rest)) {
            int last = sentEnd - 1;
            while (last > rest && d.isTerminal(last)) {
                last--;
            }
            dr.secondPiece = new int[]{d.tok(rest).start(), d.tok(last).end()};
        } else if (by > cueEnd) {
            dr.secondPiece = new int[]{d.tok(cueEnd).start(), d.tok(by - 1).end()};
        }
        return dr;
    }

    /**
     * "according to a statement released by the finance ministry": the agent of a document's issuing
     * participle, or null when the phrase is not of that shape.
     */
    Phrases.Range issuer(Phrases.Range np, Sentence s) {
        int p = np.end();
        if (p >= s.endToken() || !ISSUED.contains(d.norm(p))) {
            p = np.end() - 1; // the phrase scanner may keep the participle ("a statement released")
            if (!ISSUED.contains(d.norm(p))) {
                return null;
            }
        }
        int by = p + 1;
        if (d.is(by, "out")) {
            by++; // "put out by"
        }
        if (!d.is(by, "by") || !document(np, p)) {
            return null;
        }
        return agent(by, s);
    }

    /** A document word before the participle: "a statement", "a report", "figures" are what was issued. */
    private boolean document(Phrases.Range np, int participle) {
        for (int k = np.first(); k < Math.min(np.end(), participle); k++) {
            ActorTerm t = d.actor[k];
            if (t != null && t.type() == ActorTerm.Type.ROLE && t.classes().contains("role.document")) {
                return true;
            }
        }
        return false;
    }

    /** "by" within reach after the verb, before any comma, quotation or clause; -1 when none. */
    private int byAfter(int from, Sentence s) {
        for (int k = from; k < s.endToken() && k - from < BY_REACH; k++) {
            if (d.is(k, "by")) {
                return k;
            }
            if (!d.isWord(k) || d.quoted[k] || Grammar.CLAUSE_STARTS.contains(d.norm(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Heads of "by" phrases that say how, when or how much, not who: "by phone", "by a wide margin", "by
     * mistake", "by law". Any other noun phrase after the passive of a speech verb is taken as its agent.
     */
    private static final Set<String> NOT_AGENTS = Set.of("phone", "telephone", "email", "e-mail", "mail", "post",
            "video", "videolink", "margin", "majority", "hand", "far", "law", "default", "force", "design", "accident",
            "mistake", "chance", "name", "now", "then", "way", "means", "contrast", "comparison", "surprise",
            "proxy", "decree", "vote", "votes", "percent", "per", "cent", "half", "third", "much", "lot", "little");

    /** The phrase after "by" when it names or describes someone (not "by Friday", "by a wide margin"). */
    private Phrases.Range agent(int by, Sentence s) {
        Phrases.Range np = phrases.after(by + 1, s.endToken(), true);
        if (np == null) {
            return null;
        }
        for (int k = np.first(); k < np.end(); k++) {
            String w = d.norm(k);
            if (d.tok(k).type() == org.slant.text.Token.Type.NUMBER || Grammar.TIME.contains(w) || NOT_AGENTS.contains(w)) {
                return null;
            }
        }
        return np;
    }
}
