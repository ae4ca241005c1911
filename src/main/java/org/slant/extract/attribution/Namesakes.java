package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A full name of the general actor table is often someone else's too: a climate scientist who shares a
 * British MP's name is not British for having it. A table person keeps the side the table gives only when
 * the article supports it: near one of the person's full mentions (within {@link #REACH} tokens) there is
 * in the same sentence, a role ("Sen.", "MP", "minister"), a party label ("(R-S.C.)") or a country, capital or organisation; or
 * the article names the side or the person's country anywhere (a British MP in an article that mentions
 * Britain; a US senator of a party in one that mentions the United States or the party). Otherwise the person stays a person, of unknown side. Linear: one pass over the lexicon's
 * mentions, one over the table's.
 */
final class Namesakes {

    /** How many tokens on each side of a full name may hold its supporting context. */
    static final int REACH = 6;

    /**
     * The honorifics that are offices of the kind the table lists ("Sen.", "Rep.", "Gov."); "Mr", "Dr" or
     * "Prof" say nothing of a legislator.
     */
    private static final Set<String> OFFICE_TITLES = Set.of("honorific.sen", "honorific.rep", "honorific.gov");

    private Namesakes() {
    }

    static List<PhraseIndex.Match<ActorTerm>> confirm(List<PhraseIndex.Match<ActorTerm>> added,
                                                       List<PhraseIndex.Match<ActorTerm>> found,
                                                       List<org.slant.text.Token> tokens, Map<String, String> homes) {
        int n = tokens.size();
        int[] support = new int[n + 1]; // prefix sums of tokens inside a supporting term
        Set<String> sidesNamed = new HashSet<>();
        boolean[] marks = new boolean[n];
        for (PhraseIndex.Match<ActorTerm> m : found) {
            ActorTerm t = m.payload();
            boolean supports = t.isPlace() || t.type() == ActorTerm.Type.PARTY_LABEL
                    || t.type() == ActorTerm.Type.ROLE && !t.classes().contains("role.document")
                    || t.type() == ActorTerm.Type.HONORIFIC && OFFICE_TITLES.contains(t.entryId());
            if (supports) {
                for (int i = m.firstToken(); i < m.endToken() && i < n; i++) {
                    marks[i] = true;
                }
            }
            if (t.isPlace() || t.type() == ActorTerm.Type.PARTY_LABEL) {
                sidesNamed.add(t.actor());
            }
        }
        for (int i = 0; i < n; i++) {
            support[i + 1] = support[i] + (marks[i] ? 1 : 0);
        }
        Set<String> confirmed = new HashSet<>();
        for (PhraseIndex.Match<ActorTerm> m : added) {
            ActorTerm t = m.payload();
            if (t.surname()) {
                continue;
            }
            int from = m.firstToken();
            while (from > 0 && m.firstToken() - from < REACH && !terminal(tokens, from - 1)) {
                from--;
            }
            int to = m.endToken();
            while (to < n && to - m.endToken() < REACH && !terminal(tokens, to)) {
                to++;
            }
            String key = t.canonical().toLowerCase(java.util.Locale.ROOT);
            if (support[to] - support[from] > 0 || sidesNamed.contains(t.actor())
                    || sidesNamed.contains(homes.getOrDefault(key, Source.UNKNOWN))) {
                confirmed.add(key);
            }
        }
        List<PhraseIndex.Match<ActorTerm>> out = new ArrayList<>(added.size());
        for (PhraseIndex.Match<ActorTerm> m : added) {
            ActorTerm t = m.payload();
            if (Source.UNKNOWN.equals(t.actor()) || confirmed.contains(t.canonical().toLowerCase(java.util.Locale.ROOT))) {
                out.add(m);
            } else {
                out.add(new PhraseIndex.Match<>(m.firstToken(), m.endToken(), new ActorTerm(t.entryId(), t.type(),
                        Source.UNKNOWN, t.canonical(), t.gender(), t.sourceType(), t.classes(), t.surname(), t.firstName())));
            }
        }
        return out;
    }

    /**
     * A sentence's end: the context of a name stays in its sentence. The dot of a short abbreviation
     * ("Sen.", "Rep.", "U.S.") ends nothing.
     */
    private static boolean terminal(List<org.slant.text.Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (w.equals(".") && i > 0) {
            org.slant.text.Token p = tokens.get(i - 1);
            if (p.end() == tokens.get(i).start() && p.end() - p.start() <= 3) {
                return false;
            }
        }
        return w.equals(".") || w.equals("!") || w.equals("?");
    }
}
