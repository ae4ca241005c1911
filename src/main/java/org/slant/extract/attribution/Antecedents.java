package org.slant.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What pronouns and definite descriptions can point back to: the people mentioned so far (outside
 * quotations) and the sources of the attributions found so far, in text order.
 *
 * <p>The rule for "he"/"she": take the latest sentence before the pronoun (within the current and two
 * previous paragraphs) that mentions a person of a compatible gender. If that sentence mentions one
 * such person, that is the speaker; if several, the one that is itself a source there; failing that, the
 * first one when it comes within the sentence's first eight tokens (its subject, perhaps after a title:
 * "The French defence minister, Sebastien Lecornu, ..."); otherwise the pronoun stays unresolved.
 */
final class Antecedents {

    record Mention(int token, int sentence, int paragraph, Source source, boolean isSource) {
    }

    private static final int PARAGRAPHS_BACK = 2;
    private static final int ATTRIBUTIONS_BACK = 40;
    /** Bounds that keep each look-back constant, however long a sentence or article is. */
    private static final int MENTIONS_BACK = 40;
    /** How far into its sentence a mention may start and still be taken for the subject. */
    private static final int SUBJECT_REACH = 8;

    /**
     * People in token order (among equal tokens, in the order they came), keyed by token and arrival: they
     * do not always come in text order, and inserting into a list kept in order was quadratic in a long
     * sentence that names many people.
     */
    private final java.util.TreeMap<Long, Mention> persons = new java.util.TreeMap<>();
    private int arrivals;
    private final List<Mention> sources = new ArrayList<>();

    void person(int token, int sentence, int paragraph, Source s, boolean isSource) {
        persons.put(key(token, arrivals++), new Mention(token, sentence, paragraph, s, isSource));
    }

    private static long key(int token, int arrival) {
        return ((long) token << 32) | (arrival & 0xffffffffL);
    }

    /** Up to n people, latest first, among those mentioned before the token (all of them when token is MAX_VALUE). */
    private List<Mention> latest(int token, int n) {
        List<Mention> out = new ArrayList<>(Math.min(n, 64));
        for (Mention m : persons.headMap(key(token, 0), false).descendingMap().values()) {
            if (out.size() == n) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    void source(int token, int sentence, int paragraph, Source s) {
        sources.add(new Mention(token, sentence, paragraph, s, true));
        if (s.named()) {
            person(token, sentence, paragraph, s, true);
        }
    }

    /** Resolves he/she at a token; null when it is not clear who is meant. */
    Source pronoun(String gender, int token, int paragraph, java.util.function.IntUnaryOperator sentenceFirstToken) {
        List<Mention> back = latest(token, 2 * MENTIONS_BACK); // back.get(i): the i-th latest before the token
        int sentence = -1;
        int k = 0;
        while (k < back.size() && k < MENTIONS_BACK) {
            Mention m = back.get(k);
            if (m.paragraph() < paragraph - PARAGRAPHS_BACK) {
                return null;
            }
            if (compatible(m.source(), gender)) {
                sentence = m.sentence();
                break;
            }
            k++;
        }
        if (sentence < 0) {
            return null;
        }
        List<Mention> there = new ArrayList<>();
        for (int j = k; j < back.size() && j - k < MENTIONS_BACK && back.get(j).sentence() == sentence; j++) {
            if (compatible(back.get(j).source(), gender)) {
                there.add(0, back.get(j));
            }
        }
        Set<String> distinct = speakers(there, false);
        if (distinct.size() == 1) {
            return there.get(there.size() - 1).source();
        }
        Set<String> asSources = speakers(there, true);
        if (asSources.size() == 1) {
            for (Mention m : there) {
                if (m.isSource()) {
                    return m.source();
                }
            }
        }
        Mention first = there.get(0);
        if (first.token() - sentenceFirstToken.applyAsInt(sentence) <= SUBJECT_REACH) {
            return first.source();
        }
        return null;
    }

    private static Set<String> speakers(List<Mention> ms, boolean onlySources) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : ms) {
            if (!onlySources || m.isSource()) {
                out.add(m.source().speaker());
            }
        }
        return out;
    }

    private static boolean compatible(Source s, String gender) {
        return gender == null || s.gender() == null || s.gender().equals(gender);
    }

    /** The latest source sharing a role class ("the source" after "a senior Nato official"). */
    Source byClass(Set<String> classes, int token) {
        int seen = 0;
        for (int k = sources.size() - 1; k >= 0 && seen < ATTRIBUTIONS_BACK; k--, seen++) {
            Mention m = sources.get(k);
            if (m.token() < token && intersects(m.source().classes(), classes)) {
                return m.source();
            }
        }
        return null;
    }

    /** The latest person mentioned who held an office ("the French president" after "Emmanuel Macron"). */
    Source officeHolder(String roleId, String actor, int token) {
        for (Mention m : latest(Integer.MAX_VALUE, ATTRIBUTIONS_BACK * 5)) {
            if (m.token() < token && m.source().classes().contains(roleId)
                    && (actor == null || actor.equals(m.source().affiliation()))) {
                return m.source();
            }
        }
        return null;
    }

    /** The latest institution source in the same or previous sentence ("it said"). */
    Source institution(int sentence) {
        for (int k = sources.size() - 1; k >= 0 && sources.size() - k <= ATTRIBUTIONS_BACK; k--) {
            Mention m = sources.get(k);
            if (m.sentence() < sentence - 1) {
                return null;
            }
            if (m.source().type().equals("institution")) {
                return m.source();
            }
        }
        return null;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
