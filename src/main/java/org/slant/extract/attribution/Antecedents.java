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

    private final List<Mention> persons = new ArrayList<>();
    private final List<Mention> sources = new ArrayList<>();

    void person(int token, int sentence, int paragraph, Source s, boolean isSource) {
        Mention m = new Mention(token, sentence, paragraph, s, isSource);
        int k = persons.size();
        while (k > 0 && persons.get(k - 1).token() > token) {
            k--;
        }
        persons.add(k, m);
    }

    void source(int token, int sentence, int paragraph, Source s) {
        sources.add(new Mention(token, sentence, paragraph, s, true));
        if (s.named()) {
            person(token, sentence, paragraph, s, true);
        }
    }

    /** Resolves he/she at a token; null when it is not clear who is meant. */
    Source pronoun(String gender, int token, int paragraph, java.util.function.IntUnaryOperator sentenceFirstToken) {
        int k = persons.size() - 1;
        while (k >= 0 && persons.get(k).token() >= token) {
            k--;
        }
        int sentence = -1;
        int start = k;
        while (k >= 0 && start - k < MENTIONS_BACK) {
            Mention m = persons.get(k);
            if (m.paragraph() < paragraph - PARAGRAPHS_BACK) {
                return null;
            }
            if (compatible(m.source(), gender)) {
                sentence = m.sentence();
                break;
            }
            k--;
        }
        if (sentence < 0) {
            return null;
        }
        List<Mention> there = new ArrayList<>();
        for (int j = k; j >= 0 && k - j < MENTIONS_BACK && persons.get(j).sentence() == sentence; j--) {
            if (compatible(persons.get(j).source(), gender)) {
                there.add(0, persons.get(j));
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
        for (int k = persons.size() - 1; k >= 0 && persons.size() - k <= ATTRIBUTIONS_BACK * 5; k--) {
            Mention m = persons.get(k);
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
