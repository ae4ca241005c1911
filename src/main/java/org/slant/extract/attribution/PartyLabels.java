package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * US party labels after a member of Congress's name, in the form American news writes them: "Sen. Ann Roe
 * (R-S.C.)", "Rep. Joe Poe, D-Calif.,". The label is the party's initial, a hyphen and the state (AP
 * abbreviation, postal code or a short state name as AP writes it in full), inside brackets or commas;
 * nothing else is taken for one ("D-Day" has no state). The party's side comes from the actors lexicon
 * (an organisation with {@code party: R} or {@code party: D}); a label of a party with no side is not marked.
 */
final class PartyLabels {

    /** AP state abbreviations and postal codes, and the states AP writes in full (the text's dots removed). */
    static final Set<String> STATES = Set.of(
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d",
            "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
            "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah",
            "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "hi", "id", "il", "in", "ia", "ks", "me", "mi",
            "mn", "ms", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "ri", "sc", "sd",
            "tn", "tx", "ut", "wa", "wv", "wi", "wy", "dc", "pr", "gu", "vi", "as", "mp");
    static final String ENTRY = "actors.party-label";

    private PartyLabels() {
    }

    static List<PhraseIndex.Match<ActorTerm>> add(List<PhraseIndex.Match<ActorTerm>> found, List<Token> tokens,
                                                  CharSequence text, Function<String, String> partySide) {
        List<PhraseIndex.Match<ActorTerm>> added = new ArrayList<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.type() != Token.Type.WORD || t.end() - t.start() != 1) {
                continue;   // most tokens: the next one is not even read
            }
            Token state = tokens.get(k + 1);
            if (!state.glued() || !STATES.contains(state.norm())) {
                continue;
            }
            char party = text.charAt(t.start());
            String before = tokens.get(k - 1).norm();
            int end = k + 2 < tokens.size() && tokens.get(k + 2).norm().equals(".") && tokens.get(k + 2).start() == state.end()
                    ? k + 3 : k + 2;
            String after = end < tokens.size() ? tokens.get(end).norm() : "";
            boolean framed = before.equals("(") && after.equals(")") || before.equals(",")
                    && (after.equals(",") || after.equals(".") || after.isEmpty() || end == k + 3);
            String side = party == 'R' || party == 'D' ? partySide.apply(String.valueOf(party)) : null;
            if (framed && side != null && !covered(found, k, end)) {
                added.add(new PhraseIndex.Match<>(k, end, new ActorTerm(ENTRY, ActorTerm.Type.PARTY_LABEL, side,
                        text.subSequence(t.start(), tokens.get(end - 1).end()).toString(), null, null, Set.of(), false, null)));
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<PhraseIndex.Match<ActorTerm>> all = new ArrayList<>(found);
        all.addAll(added);
        all.sort(Comparator.comparingInt(PhraseIndex.Match::firstToken));
        return all;
    }

    private static boolean covered(List<PhraseIndex.Match<ActorTerm>> found, int from, int to) {
        for (PhraseIndex.Match<ActorTerm> m : found) {
            if (m.firstToken() < to && m.endToken() > from) {
                return true;
            }
        }
        return false;
    }
}
