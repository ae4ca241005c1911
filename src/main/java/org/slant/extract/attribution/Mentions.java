package org.slant.extract.attribution;

import org.slant.text.Sentence;

import java.util.Set;

/**
 * Who a sentence mentions, for the pronouns and short names of later ones: people of the gazetteer, a
 * name after an honorific ("Mr Vilela"), and a full name whose given name tells the gender ("Rosa Lind");
 * and, for each source, what the article has told of that person before: the first full mention a short
 * name stands for ("Vilela" is "Tomas Vilela") and the gender its given name or a noun gives.
 */
final class Mentions {

    /** Longest run of capitalised words taken as one person's name. */
    private static final int NAME_WORDS = 4;

    private final Doc d;
    private final Phrases phrases;
    private final Antecedents antecedents;
    private final GivenNames names;
    private final SidePlaces sides;

    Mentions(Doc d, Phrases phrases, Antecedents antecedents, GivenNames names) {
        this.d = d;
        this.phrases = phrases;
        this.antecedents = antecedents;
        this.names = names;
        this.sides = new SidePlaces(d);
    }

    /** Records the people a sentence mentions outside quotations, before its cues are read. */
    void register(Sentence s) {
        int para = d.paragraphOfSentence[s.index()];
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (d.quoted[k]) {
                continue;
            }
            ActorTerm t = d.actor[k];
            if (t != null && t.isPerson() && d.actorFirst[k] == k) {
                antecedents.person(k, s.index(), para,
                        new Source("named", t.canonical(), null, t.actor(), t.gender(), t.classes(), "mention"), false);
            } else if (t != null && t.type() == ActorTerm.Type.HONORIFIC && d.actorFirst[k] == k) {
                int j = d.actorEnd[k];
                if (d.isAbbreviationDot(j)) {
                    j++;
                }
                if (j < s.endToken() && phrases.isName(j) && (d.actor[j] == null || !d.actor[j].isPerson())) {
                    int e = nameEnd(j, s);
                    Source m = antecedents.entities.link(new Source("named", d.span(j, e), null, Source.UNKNOWN,
                            t.gender(), roles(k, e, s), "mention"));
                    antecedents.person(k, s.index(), para, m, false);
                    k = e - 1;
                }
            } else if (t != null && t.type() == ActorTerm.Type.ROLE && "institution".equals(t.sourceType())
                    && d.actorFirst[k] == k) {
                body(k, s, para);
                k = d.actorEnd[k] - 1;
            } else if (t == null && phrases.isName(k) && (k == s.firstToken() || !phrases.isName(k - 1) || d.actor[k - 1] != null)
                    && k + 1 < s.endToken() && phrases.isName(k + 1) && d.actor[k + 1] == null) {
                int e = nameEnd(k, s);
                String g = names.ofName(d.norm(k));
                Roles found = rolesAndSide(k, e, s);
                Set<String> roles = found.classes();
                Source m = new Source("named", d.span(k, e), null, found.side(),
                        g, roles, "mention");
                if (g != null || !roles.isEmpty()) {
                    antecedents.person(k, s.index(), para, m, false);
                } else {
                    antecedents.entities.learn(m); // a full name for later short ones, but no gender to go by
                }
                k = e - 1;
            }
        }
    }

    /** How far from a name its title or apposition may reach ("Brazilian Ambassador", ", the envoy,"). */
    private static final int ROLE_REACH = 6;

    /** What a name's title and apposition tell: its role classes and the side its role gives it. */
    private record Roles(Set<String> classes, String side) {
    }

    private Set<String> roles(int first, int end, Sentence s) {
        return rolesAndSide(first, end, s).classes();
    }

    /**
     * In one pass over the words before a name and one over its apposition: the role classes it is given
     * in its sentence, from role words right before it ("Ambassador Tomas Vilela") or in an apposition
     * right after it ("Andriy Moroz, the ambassador,"), so that "the ambassador" or "the diplomat" can
     * point back to the person later; and the side its role gives it, by the rule a source phrase follows:
     * the first place among the role words right before the name ("French Defence Minister Ana Roux"),
     * before it across a comma ("The French defence minister, Ana Roux,") or in its apposition ("Ana Roux,
     * France's defence minister,"), skipping a diplomat's posting; unknown when no place is there. So a
     * later "Ms Roux said" speaks for the side her first mention gave her, as it would had she spoken then.
     */
    private Roles rolesAndSide(int first, int end, Sentence s) {
        Set<String> out = new java.util.LinkedHashSet<>();
        int k = first - 1;
        // the role words right before the name: only terms, up to ROLE_REACH; not across a comma
        boolean titles = true;
        if (k > s.firstToken() && d.isComma(k)) {
            k--; // "The French defence minister, Ana Roux": a side, but no title of the name itself
            titles = false;
        }
        String place = null;
        boolean role = false;
        for (; k >= s.firstToken() && first - k <= ROLE_REACH + 2 && (d.actor[k] != null && !d.actor[k].isPerson()
                || Grammar.DETERMINERS.contains(d.norm(k)) || POSTING_WORDS.contains(d.norm(k)) || d.is(k, "'s")
                || d.isAbbreviationDot(k)); k--) {
            ActorTerm t = d.actor[k];
            titles &= t != null && !t.isPerson() && first - k <= ROLE_REACH;
            if (titles && t.type() == ActorTerm.Type.ROLE) {
                out.addAll(t.classes());
            }
            role |= t != null && t.type() == ActorTerm.Type.ROLE;
            if (t != null && t.isPlace() && d.actorFirst[k] == k && !sides.notTheSide(k)) {
                place = t.actor(); // the leftmost: the place before the role, not a posting after it
            }
        }
        String side = role && place != null ? place : null;
        if (end < s.endToken() && d.isComma(end)) {
            int a = end + 1;
            boolean appositive = a < s.endToken()
                    && (Grammar.DETERMINERS.contains(d.norm(a)) || d.actor[a] != null && !d.actor[a].isPerson());
            Set<String> apposition = new java.util.LinkedHashSet<>();
            String after = null;
            boolean afterRole = false;
            int j = a;
            for (; j < s.endToken() && j - end <= ROLE_REACH && !d.isComma(j) && !d.isTerminal(j); j++) {
                ActorTerm t = d.actor[j];
                if (t != null && t.type() == ActorTerm.Type.ROLE) {
                    apposition.addAll(t.classes());
                    afterRole = true;
                }
                if (after == null && t != null && t.isPlace() && d.actorFirst[j] == j && !sides.notTheSide(j)) {
                    after = t.actor();
                }
            }
            if (appositive && j < s.endToken() && (d.isComma(j) || d.isTerminal(j))) {
                out.addAll(apposition); // ", the envoy," closed: an apposition, not the start of a clause
            }
            if (side == null && afterRole && after != null) {
                side = after;
            }
        }
        return new Roles(out, side == null ? Source.UNKNOWN : side);
    }

    /** Words a role phrase may hold between its role and a place: "Ambassador to Russia", "head of ...". */
    private static final Set<String> POSTING_WORDS = org.slant.lexicon.WordSet.of("to", "in", "of");

    /**
     * An institution named with a qualifier ("the Danish trade ministry", "the ministry of trade"), for a
     * later "the ministry": its words around the role, at most three on each side.
     */
    private void body(int role, Sentence s, int para) {
        int start = role;
        boolean qualified = false;
        for (int k = role - 1; k >= s.firstToken() && role - k <= 3 && d.isWord(k) && !d.quoted[k]
                && !Grammar.DETERMINERS.contains(d.norm(k)) && !Grammar.STOP.contains(d.norm(k))
                && (d.actor[k] == null || d.actor[k].isPlace()); k--) {
            qualified |= d.actor[k] != null || d.isCapitalised(k) && k > s.firstToken();
            start = k;
        }
        int end = d.actorEnd[role];
        if (d.is(end, "of") && end + 1 < s.endToken() && d.isWord(end + 1) && !Grammar.STOP.contains(d.norm(end + 1))) {
            end += 2; // "of" and one word: "the ministry of trade"; more only when capitalised ("of Foreign Affairs")
            while (end < s.endToken() && end - d.actorEnd[role] <= 3 && d.isCapitalised(end) && d.actor[end] == null) {
                end++;
            }
            qualified = true;
        }
        if (!qualified || d.quoted[role]) {
            return;
        }
        String aff = Source.UNKNOWN;
        for (int k = start; k < end; k++) {
            if (d.actor[k] != null && d.actor[k].isPlace()) {
                aff = d.actor[k].actor();
                break;
            }
        }
        antecedents.body(start, s.index(), para, new Source("institution", d.span(start, end), null, aff, null,
                d.actor[role].classes(), "mention"));
    }

    private int nameEnd(int from, Sentence s) {
        int e = from + 1;
        while (e < s.endToken() && e - from < NAME_WORDS && phrases.isName(e) && d.actor[e] == null) {
            e++;
        }
        return e;
    }

    /** A classified source with the gender its phrase tells, linked to the first full mention of the person. */
    Source resolve(Source s, Phrases.Range r) {
        if (!s.named()) {
            return s;
        }
        if (s.gender() == null) {
            String g = genderIn(r);
            if (g != null) {
                s = new Source(s.type(), s.speaker(), s.role(), s.affiliation(), g, s.classes(), s.resolution());
            }
        }
        return "phrase".equals(s.resolution()) ? antecedents.entities.link(s) : s;
    }

    /** A given name before a surname ("Rosa Lind") or a gendered noun ("the spokeswoman") in the phrase. */
    private String genderIn(Phrases.Range r) {
        for (int k = r.first(); k < r.end(); k++) {
            if (k + 1 < r.end() && phrases.isName(k) && phrases.isName(k + 1)) {
                String g = names.ofName(d.norm(k));
                if (g != null) {
                    return g;
                }
            }
            String g = names.ofNoun(d.norm(k));
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The people a listener phrase names ("told CNN's Ana Ruiz") are never a later speaker. */
    void listener(Phrases.Range r) {
        if (r != null) {
            antecedents.listener(r.first(), r.end());
        }
    }
}
