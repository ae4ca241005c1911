package org.slant.extract.attribution;

import java.util.Set;

/**
 * What a phrase of the actor gazetteer ({@code lexicons/attribution/actors.yaml}) stands for.
 *
 * @param entryId    the gazetteer entry
 * @param actor      the actor id (france, russia, nato, ...), or null for roles and honorifics
 * @param canonical  the normalised name (a person's full name, an organisation's name)
 * @param gender     "m", "f" or null: for resolving he/she
 * @param sourceType for roles: the source type a phrase headed by this role has (named, anonymous,
 *                   institution, self, media)
 * @param classes    for roles and persons: role classes, so "the diplomat" can find an ambassador
 * @param surname    a one-word person alias (a surname), which needs care: "Eric Trump" is not "Trump"
 * @param firstName  a person's first name, to tell "Donald Trump" from "Eric Trump"
 * @param postings   for roles: the words after which a place is where the holder is posted, not whom they
 *                   speak for ("U.S. Ambassador to Russia" speaks for the US)
 */
public record ActorTerm(String entryId, Type type, String actor, String canonical, String gender,
                        String sourceType, Set<String> classes, boolean surname, String firstName,
                        Set<String> postings) {

    /** PARTY_LABEL: a US party label after a name ("(R-S.C.)"), whose actor is the party's side. */
    public enum Type { COUNTRY, COUNTRY_ADJ, CAPITAL, ORGANISATION, PERSON, ROLE, HONORIFIC, PARTY_LABEL }

    public ActorTerm {
        classes = classes == null ? Set.of() : Set.copyOf(classes);
        postings = postings == null ? Set.of() : Set.copyOf(postings);
    }

    public ActorTerm(String entryId, Type type, String actor, String canonical, String gender,
                     String sourceType, Set<String> classes, boolean surname, String firstName) {
        this(entryId, type, actor, canonical, gender, sourceType, classes, surname, firstName, Set.of());
    }

    public boolean isPerson() {
        return type == Type.PERSON;
    }

    /** A country, its adjective or capital, or an organisation: something with an actor. */
    public boolean isPlace() {
        return type == Type.COUNTRY || type == Type.COUNTRY_ADJ || type == Type.CAPITAL || type == Type.ORGANISATION;
    }
}
