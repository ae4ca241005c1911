package org.slant.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What pronouns and definite descriptions can point back to: the people mentioned so far (outside
 * quotations) and the sources of the attributions found so far, in text order.
 *
 * <p>The rule for "he"/"she": take the latest sentence before the pronoun (within the current and two
 * previous paragraphs) that mentions a person of a compatible gender. If that sentence mentions one
 * such person, that is the speaker; if several, the one that is itself a source there; failing that, the
 * first one when it comes within the sentence's first eight tokens (its subject, perhaps after a title:
 * "The French defence minister, Sebastien Lecornu, ...") and no other candidate does ("Mr Ode and Mr Brandt
 * met": two fit, so neither is guessed); otherwise the pronoun stays unresolved. A person's gender is what
 * any mention of them has told ({@link Entities}); the listener of "told" is never taken for a speaker.
 */
final class Antecedents {

    record Mention(int token, int sentence, int paragraph, Source source, boolean isSource, boolean listener) {
    }

    /** Full names, surnames and genders of the people named so far. */
    final Entities entities = new Entities();

    private static final int PARAGRAPHS_BACK = 2;
    static final int ATTRIBUTIONS_BACK = 40;
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
    /** The sources found so far and the institutions mentioned with a qualifier. */
    private final SourceHistory history = new SourceHistory();

    void body(int token, int sentence, int paragraph, Source s) {
        history.body(new Mention(token, sentence, paragraph, s, false, false));
    }

    void person(int token, int sentence, int paragraph, Source s, boolean isSource) {
        entities.learn(s);
        persons.put(key(token, arrivals++), new Mention(token, sentence, paragraph, s, isSource, false));
    }

    /** The people mentioned in a listener phrase ("told CNN's Ana Ruiz"): heard, so never a later "he said". */
    void listener(int first, int end) {
        for (Map.Entry<Long, Mention> e : persons.subMap(key(first, 0), true, key(end, 0), false).entrySet()) {
            Mention m = e.getValue();
            e.setValue(new Mention(m.token(), m.sentence(), m.paragraph(), m.source(), m.isSource(), true));
        }
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
        history.source(new Mention(token, sentence, paragraph, s, true, false));
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
            if (sameGender(m, gender)) { // a listener of the right gender still marks the sentence meant
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
            if (compatible(back.get(j), gender)) {
                there.add(0, back.get(j));
            }
        }
        if (there.isEmpty()) {
            return null; // only the listener fits: "Rosa Lind told Gary Fenn ... He said"
        }
        Set<String> distinct = speakers(there, false);
        if (distinct.size() == 1) {
            return gendered(there.get(there.size() - 1).source());
        }
        Set<String> asSources = speakers(there, true);
        if (asSources.size() == 1) {
            for (Mention m : there) {
                if (m.isSource()) {
                    return gendered(m.source());
                }
            }
        }
        Mention first = there.get(0);
        int sf = sentenceFirstToken.applyAsInt(sentence);
        if (first.token() - sf > SUBJECT_REACH) {
            return null;
        }
        for (Mention m : there) {
            if (m.token() - sf <= SUBJECT_REACH && !m.source().speaker().equals(first.source().speaker())) {
                return null; // two people open the sentence ("Mr Ode and Mr Brandt met"): either could be meant
            }
        }
        return gendered(first.source());
    }

    /** The source with the gender the article has told of the person by now. */
    private Source gendered(Source s) {
        String g = entities.genderOf(s);
        return java.util.Objects.equals(g, s.gender()) ? s
                : new Source(s.type(), s.speaker(), s.role(), s.affiliation(), g, s.classes(), s.resolution());
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

    private boolean compatible(Mention m, String gender) {
        return !m.listener() && sameGender(m, gender);
    }

    private boolean sameGender(Mention m, String gender) {
        String g = entities.genderOf(m.source());
        return gender == null || g == null || g.equals(gender);
    }

    /**
     * The latest source, or person mentioned, sharing a role class ("the source" after "a senior Nato
     * official", "the diplomat" after "Ambassador Ana Ruiz"); null when another person of the class comes
     * within two paragraphs of it (two fit: no guess).
     */
    Source byClass(Set<String> classes, int token) {
        Mention best = history.latestSource(classes, token);
        Mention body = history.latestBody(classes, token);
        if (body != null && (best == null || body.token() > best.token())) {
            best = body;
        }
        Mention person = holder(m -> intersects(m.source().classes(), classes), token);
        if (person == AMBIGUOUS) {
            return null;
        }
        if (person != null && (best == null || person.token() > best.token())) {
            best = person;
        }
        return best == null ? null : best.source();
    }

    /** The latest person mentioned who held an office ("the French president" after "Emmanuel Macron"); null when two fit. */
    Source officeHolder(String roleId, String actor, int token) {
        Mention m = holder(x -> x.source().classes().contains(roleId)
                && (actor == null || actor.equals(x.source().affiliation())), token);
        return m == null || m == AMBIGUOUS ? null : m.source();
    }

    private static final Mention AMBIGUOUS = new Mention(-1, -1, -1, null, false, false);

    /** The latest person before the token that the test accepts, or AMBIGUOUS when a different one is near it. */
    private Mention holder(java.util.function.Predicate<Mention> test, int token) {
        Mention found = null;
        for (Mention m : latest(token, ATTRIBUTIONS_BACK * 5)) {
            if (m.listener() || !test.test(m)) {
                continue;
            }
            if (found == null) {
                found = m;
            } else if (m.paragraph() < found.paragraph() - PARAGRAPHS_BACK) {
                break;
            } else if (!m.source().speaker().equals(found.source().speaker())) {
                return AMBIGUOUS;
            }
        }
        return found;
    }

    /** The latest institution source in the same or previous sentence ("it said"). */
    Source institution(int sentence) {
        return history.institution(sentence);
    }

    /** "they": an institution or unnamed group that was a source just before, never one named person. */
    Source plural(int sentence) {
        return history.plural(sentence);
    }

    static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
