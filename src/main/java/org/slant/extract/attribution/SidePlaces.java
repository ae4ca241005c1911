package org.slant.extract.attribution;

/**
 * Which places in a source phrase say whose side the speaker is on, and which do not: the posting of a
 * diplomat ("U.S. Ambassador to Russia Jon Doe" speaks for the US, not Russia: the role's
 * {@code postings} words in the actors lexicon), a place after a prefix of effect {@code against} ("anti-":
 * the speaker opposes it), and a place after a prefix of effect {@code side} ("pro-"), which names the side itself ("a leader of pro-Russian rebels in eastern Ukraine" is on
 * Russia's side, whatever place comes first). A party label after the name ("(R-S.C.)") gives the party.
 */
final class SidePlaces {

    private final Doc d;

    SidePlaces(Doc d) {
        this.d = d;
    }

    /** Whether the place mention starting at token k is a posting or a side the speaker is against. */
    boolean notTheSide(int k) {
        int p = k - 1;
        if (p < 0) {
            return false;
        }
        ActorGazetteer.Prefix prefix = d.gazetteer.prefixBefore(d.tokens, k);
        if (prefix != null && !prefix.side()) {
            return true;
        }
        if (d.is(p, "the") && p > 0) {
            p--; // "envoy to the Netherlands"
        }
        if (p < 1 || !d.isWord(p)) {
            return false;
        }
        int r = p - 1;
        ActorTerm role = d.actor[r];
        return role != null && role.type() == ActorTerm.Type.ROLE && role.postings().contains(d.norm(p));
    }

    /** The actor of a place after "pro-" in tokens [first, end), or null. */
    String aligned(int first, int end) {
        for (int k = first + 1; k < end; k++) {
            ActorTerm t = d.actor[k];
            ActorGazetteer.Prefix prefix = t != null && t.isPlace() && d.actorFirst[k] == k
                    ? d.gazetteer.prefixBefore(d.tokens, k) : null;
            if (prefix != null && prefix.side()) {
                return t.actor();
            }
        }
        return null;
    }

    /** The side of a party label inside the phrase or right after it ("Rep. Jo Poe, D-Calif., said"), or null. */
    String partyLabel(int first, int end) {
        int to = Math.min(d.n, end + 2);
        for (int k = first; k < to; k++) {
            ActorTerm t = d.actor[k];
            if (t != null && t.type() == ActorTerm.Type.PARTY_LABEL) {
                return t.actor();
            }
            if (k >= end && !(d.isComma(k) || d.is(k, "("))) {
                return null;
            }
        }
        return null;
    }

    /** Token k belongs to a party label or its brackets: not the head of a phrase. */
    boolean label(int k) {
        return d.actor[k] != null && d.actor[k].type() == ActorTerm.Type.PARTY_LABEL
                || (d.is(k, ")") || d.is(k, "(")) && k > 0 && k + 1 < d.n
                && (d.actor[k - 1] != null && d.actor[k - 1].type() == ActorTerm.Type.PARTY_LABEL
                || d.actor[k + 1] != null && d.actor[k + 1].type() == ActorTerm.Type.PARTY_LABEL);
    }
}
