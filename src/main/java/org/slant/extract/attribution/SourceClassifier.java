package org.slant.extract.attribution;

import org.slant.ingest.Outlet;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Says who a source phrase is: its type (named, institution, anonymous, self, media, unresolved), the
 * normalised speaker, the role given with a name, the actor it speaks for, and how it was resolved.
 * The head of the phrase decides the type (the last word before "of", "close to" or a comma, after a
 * possessive): a person's name, a role from the gazetteer, a place or organisation, an outlet.
 */
final class SourceClassifier {

    private final Doc d;
    private final Phrases phrases;
    private final Antecedents antecedents;
    private final SidePlaces sides;

    SourceClassifier(Doc d, Phrases phrases, Antecedents antecedents) {
        this.d = d;
        this.phrases = phrases;
        this.antecedents = antecedents;
        this.sides = new SidePlaces(d);
    }

    Source classify(Phrases.Range r) {
        if (r.size() == 1 && d.isWord(r.first())) {
            String w = d.norm(r.first());
            if (Grammar.SUBJECT_PRONOUNS.contains(w)) {
                return pronoun(r.first(), w);
            }
            if (Grammar.INDEFINITE_PRONOUNS.contains(w)) {
                return new Source("anonymous", d.span(r.first(), r.end()), null, Source.UNKNOWN, null, Set.of(), "phrase");
            }
            if (Grammar.POSSESSIVE_PRONOUNS.contains(w)) {
                // "his claim that ...": the owner speaks
                return pronoun(r.first(), switch (w) {
                    case "his" -> "he";
                    case "her" -> "she";
                    case "its" -> "it";
                    default -> "they";
                });
            }
            if (Grammar.RELATIVE_PRONOUNS.contains(w)) {
                int sentFirst = d.sentence(r.first()).firstToken();
                int p = phrases.prev(r.first(), sentFirst);
                if (p >= 0 && d.isComma(p)) {
                    p = phrases.prev(p, sentFirst);
                }
                Phrases.Range ante = p < 0 ? null : phrases.before(p + 1, sentFirst);
                if (ante == null || ante.size() == 1 && Grammar.RELATIVE_PRONOUNS.contains(d.norm(ante.first()))) {
                    return unresolved(r);
                }
                return classify(ante).withResolution("relative");
            }
        }
        return phrase(r);
    }

    private Source pronoun(int i, String w) {
        int sentence = d.sentenceOf[i];
        switch (w) {
            case "he", "she" -> {
                Source s = antecedents.pronoun(Grammar.pronounGender(w), i, d.paragraph(i),
                        si -> d.sentences.get(si).firstToken());
                return s == null ? unresolvedText(d.span(i, i + 1)) : s.withResolution("pronoun");
            }
            case "i", "we" -> {
                return self("pronoun");
            }
            case "it" -> {
                Source s = antecedents.institution(sentence);
                return s == null ? unresolvedText(d.span(i, i + 1)) : s.withResolution("pronoun");
            }
            case "they" -> {
                Source s = antecedents.plural(sentence);
                return s == null ? unresolvedText(d.span(i, i + 1)) : s.withResolution("pronoun");
            }
            default -> {
                return unresolvedText(d.span(i, i + 1));
            }
        }
    }

    private Source self(String how) {
        String name = d.self != null ? d.self.name() : "the outlet";
        return new Source("self", name, null, Source.UNKNOWN, null, Set.of(), how);
    }

    private Source unresolved(Phrases.Range r) {
        return unresolvedText(d.span(r.first(), r.end()));
    }

    private static Source unresolvedText(String text) {
        return new Source("unresolved", text, null, Source.UNKNOWN, null, Set.of(), "unresolved");
    }

    /** A full phrase. */
    private Source phrase(Phrases.Range r) {
        int first = r.first();
        int end = r.end();
        // head segment: up to "of", "close to", a comma or a relative pronoun
        int segEnd = end;
        for (int k = first + 1; k < end; k++) {
            if (d.isComma(k) || d.is(k, "close") || Grammar.INNER_PREPOSITIONS.contains(d.norm(k)) && !d.isCapitalised(k)
                    || Grammar.RELATIVE_PRONOUNS.contains(d.norm(k))) {
                segEnd = k;
                break;
            }
        }
        int headStart = first;
        int owner = -1;
        for (int k = first; k < segEnd; k++) {
            if (d.is(k, "'s") || d.is(k, "'")) {
                owner = k;
                headStart = k + 1;
            }
        }
        if (headStart < segEnd && Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(headStart)) && headStart + 1 < segEnd) {
            owner = headStart;
            headStart++;
        }
        int head = segEnd - 1;
        while (head >= headStart && (!d.isWord(head) || d.markup[head] || sides.label(head))) {
            head--;
        }
        if (head < headStart) {
            return unresolved(r);
        }
        // "One minister supportive of ...": the head is the last role, name or place, not a trailing adjective
        for (int k = head; k >= headStart; k--) {
            if (d.actor[k] != null && d.actor[k].type() == ActorTerm.Type.ROLE) {
                if (!d.isCapitalised(head) && d.actor[head] == null) {
                    head = d.actor[k] != null ? d.actorEnd[k] - 1 : k;
                }
                break;
            }
        }
        Set<String> classes = new LinkedHashSet<>();
        String gender = null;
        ActorTerm person = null;
        int personAt = -1;
        for (int k = first; k < end; k++) {
            ActorTerm t = d.actor[k];
            if (t == null || d.actorFirst[k] != k) {
                continue;
            }
            if (t.type() == ActorTerm.Type.ROLE) {
                classes.addAll(t.classes());
            } else if (t.type() == ActorTerm.Type.HONORIFIC && gender == null) {
                gender = t.gender();
            } else if (t.isPerson() && person == null && samePerson(t, k, first) && k < segEnd) {
                person = t;
                personAt = k;
            }
        }
        // the side a phrase states outright: "pro-Russian" (the side itself), a party label, a place before the role
        String aligned = sides.aligned(first, end);
        String party = sides.partyLabel(first, end);
        String qualifier = aligned != null ? aligned : party != null ? party : qualifier(first, segEnd, owner);
        String anyPlace = firstPlace(first, end);
        String anyPerson = firstPersonActor(first, end);
        ActorTerm headTerm = d.actor[head];
        Outlet outlet = outletIn(headStart, segEnd);
        String npText = withoutArticle(first, end);

        if (outlet != null && (d.outlet[head] != null || headTerm == null || headTerm.type() == ActorTerm.Type.ROLE
                && "media".equals(headTerm.sourceType()) || phrases.isName(head) && person == null)) {
            boolean self = d.self != null && d.self.id().equals(outlet.id());
            return new Source(self ? "self" : "media", outlet.name(), null, Source.UNKNOWN, null, Set.of(), "phrase");
        }
        if (person != null && (d.actorEnd[personAt] - 1 == head || phrases.isName(head) && head > personAt)) {
            classes.addAll(person.classes());
            String role = roleText(first, end, personAt, d.actorEnd[personAt]);
            String aff = qualifier != null ? qualifier : person.actor();
            return new Source("named", person.canonical(), role, aff, person.gender() != null ? person.gender() : gender,
                    classes, "phrase");
        }
        if (headTerm != null && headTerm.type() == ActorTerm.Type.ROLE && d.actorEnd[head] - 1 == head) {
            return role(r, headTerm, head, qualifier, anyPlace, anyPerson, classes, npText, owner);
        }
        if (headTerm != null && headTerm.isPlace()) {
            // "Estonia and Lithuania said": a compound source speaks for its first member
            String aff = qualifier != null ? qualifier : anyPlace != null ? anyPlace : headTerm.actor();
            return new Source("institution", npText, null, aff, null, classes, "phrase");
        }
        if (phrases.isName(head)) {
            int nameStart = head;
            while (nameStart - 1 >= headStart && phrases.isName(nameStart - 1)) {
                nameStart--;
            }
            if (!sentenceInitialWord(nameStart, head)) {
                String name = d.span(nameStart, head + 1);
                String role = roleText(first, end, nameStart, head + 1);
                String aff = qualifier != null ? qualifier : anyPlace;
                return new Source("named", name, role, aff, gender, classes, "phrase");
            }
        }
        if (indefinite(first, head)) {
            return new Source("anonymous", npText, null, anyPlace != null ? anyPlace : anyPerson, null, classes, "phrase");
        }
        return unresolved(r);
    }

    /** A single capitalised word opening a sentence ("Officials") is not taken for a name. */
    private boolean sentenceInitialWord(int nameStart, int head) {
        if (nameStart != head) {
            return false;
        }
        int sf = d.sentence(nameStart).firstToken();
        boolean initial = nameStart == sf || nameStart == sf + 1 && d.isMark(sf);
        return initial && d.actor[nameStart] == null && d.norm(nameStart).endsWith("s");
    }

    private Source role(Phrases.Range r, ActorTerm role, int head, String qualifier, String anyPlace, String anyPerson,
                        Set<String> classes, String npText, int owner) {
        String type = role.sourceType();
        boolean indefinite = indefinite(r.first(), head) || plural(head, role);
        String ownerActor = owner >= 0 && Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(owner)) ? ownerPronoun(owner) : null;
        String aff = qualifier != null ? qualifier : ownerActor != null ? ownerActor : anyPlace != null ? anyPlace : anyPerson;
        String ownerName = owner >= 0 && Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(owner)) ? ownerSpeaker(owner) : null;
        if (ownerName != null) {
            // "his ministry" after Sébastien Lecornu: "Sébastien Lecornu's ministry"
            npText = ownerName + "'s " + d.span(owner + 1, r.end());
        }
        switch (type) {
            case "named" -> {
                if (indefinite) {
                    return new Source("anonymous", npText, null, aff, null, classes, "phrase");
                }
                Source holder = antecedents.officeHolder(role.entryId(), qualifier, r.first());
                if (holder != null) {
                    return new Source("named", holder.speaker(), npText, holder.affiliation(), holder.gender(),
                            union(classes, holder.classes()), "anaphor");
                }
                return new Source("named", npText, null, aff, null, classes, "phrase");
            }
            case "anonymous" -> {
                if (!indefinite && d.is(r.first(), "the") && qualifier == null && r.end() - r.first() <= 3) {
                    Source ante = antecedents.byClass(role.classes(), r.first());
                    if (ante != null) {
                        return ante.withResolution("anaphor");
                    }
                }
                return new Source("anonymous", npText, null, aff, null, classes, "phrase");
            }
            case "institution" -> {
                if (aff == null && d.is(r.first(), "the")) {
                    Source ante = antecedents.byClass(role.classes(), r.first());
                    if (ante != null && ante.type().equals("institution")) {
                        return new Source("institution", ante.speaker(), null, ante.affiliation(), null, classes, "anaphor");
                    }
                }
                return new Source("institution", institutionName(npText), null, aff, null, classes, "phrase");
            }
            case "self" -> {
                return self("phrase");
            }
            default -> {
                return new Source("media", npText, null, Source.UNKNOWN, null, classes, "phrase");
            }
        }
    }

    private String ownerSpeaker(int owner) {
        String g = switch (d.norm(owner)) {
            case "his" -> "m";
            case "her" -> "f";
            default -> null;
        };
        if (g == null) {
            return null;
        }
        Source s = antecedents.pronoun(g, owner, d.paragraph(owner), si -> d.sentences.get(si).firstToken());
        return s == null ? null : s.speaker();
    }

    private String ownerPronoun(int owner) {
        String g = switch (d.norm(owner)) {
            case "his" -> "m";
            case "her" -> "f";
            default -> null;
        };
        if (g == null) {
            Source s = antecedents.institution(d.sentenceOf[owner]);
            return s == null ? null : s.affiliation();
        }
        Source s = antecedents.pronoun(g, owner, d.paragraph(owner), si -> d.sentences.get(si).firstToken());
        return s == null || s.affiliation().equals(Source.UNKNOWN) ? null : s.affiliation();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    /** "a source", "some observers", "officials": no determiner that points at one known speaker. */
    private boolean indefinite(int first, int head) {
        String w = d.norm(first);
        if (Grammar.INDEFINITE.contains(w) || d.is(first, "former") && first == head - 1) {
            return true;
        }
        if (Grammar.DETERMINERS.contains(w) || first < head && (d.is(first + 1, "'s") || d.actor[first] != null)) {
            return false;
        }
        return d.norm(head).endsWith("s") && !d.isCapitalised(head) || d.isCapitalised(head) && d.norm(head).endsWith("s")
                && first == head;
    }

    private boolean plural(int head, ActorTerm role) {
        String w = d.norm(head);
        String base = role.canonical().toLowerCase(java.util.Locale.ROOT);
        String last = base.substring(base.lastIndexOf(' ') + 1);
        return !w.equals(last) && w.endsWith("s") && !last.endsWith("s");
    }

    /** The actor of a place or organisation right before a role word or a possessive ("Russia's", "French"). */
    private String qualifier(int first, int segEnd, int owner) {
        for (int k = first; k < segEnd; k++) {
            ActorTerm t = d.actor[k];
            if (t == null || !t.isPlace() || d.actorFirst[k] != k || sides.notTheSide(k)) {
                continue;
            }
            int after = d.actorEnd[k];
            if (after < segEnd && (d.is(after, "'s") || d.is(after, "'") || d.actor[after] != null
                    && d.actor[after].type() == ActorTerm.Type.ROLE)) {
                return t.actor();
            }
            // "the French defence ministry": adjective, free words, then the role
            for (int j = after; j < segEnd && j < after + 3; j++) {
                if (d.actor[j] != null && d.actor[j].type() == ActorTerm.Type.ROLE) {
                    return t.actor();
                }
                if (d.actor[j] != null) {
                    break;
                }
            }
        }
        return owner >= 0 && d.actor[first] != null && d.actor[first].isPlace() ? d.actor[first].actor() : null;
    }

    private String firstPlace(int first, int end) {
        for (int k = first; k < end; k++) {
            if (d.actor[k] != null && d.actor[k].isPlace() && d.actorFirst[k] == k && !sides.notTheSide(k)) {
                return d.actor[k].actor();
            }
        }
        return null;
    }

    private String firstPersonActor(int first, int end) {
        for (int k = first; k < end; k++) {
            if (d.actor[k] != null && d.actor[k].isPerson() && d.actorFirst[k] == k && samePerson(d.actor[k], k, first)) {
                return d.actor[k].actor();
            }
        }
        return null;
    }

    private Outlet outletIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.outlet[k] != null) {
                return d.outlet[k];
            }
        }
        return null;
    }

    /** A surname alias preceded by another first name is someone else ("Eric Trump" is not Donald Trump). */
    private boolean samePerson(ActorTerm t, int at, int phraseFirst) {
        if (!t.surname() || at == 0) {
            return true;
        }
        int p = at - 1;
        if (p < phraseFirst) {
            return true;
        }
        if (d.actor[p] != null && d.actor[p].type() == ActorTerm.Type.HONORIFIC && d.actor[p].gender() != null
                && t.gender() != null && !d.actor[p].gender().equals(t.gender())) {
            return false; // "Mr. Clinton" is not Hillary Clinton
        }
        if (!d.isCapitalised(p) || d.actor[p] != null || d.outlet[p] != null) {
            return true;
        }
        return t.firstName() != null && d.norm(p).equals(org.slant.text.Tokenizer.norm(t.firstName(), 0,
                t.firstName().length()));
    }

    /** The phrase without the person's name: "Kremlin spokesman" from "Kremlin spokesman Dmitry Peskov". */
    private String roleText(int first, int end, int nameFirst, int nameEnd) {
        int beforeEnd = nameFirst;
        while (beforeEnd > first && (honorific(beforeEnd - 1) || d.isAbbreviationDot(beforeEnd - 1))) {
            beforeEnd--;
        }
        String before = beforeEnd > first && describes(first, beforeEnd) ? clean(first, beforeEnd) : "";
        String after = nameEnd < end && describes(nameEnd, end) ? clean(nameEnd, end) : "";
        String r = before.isEmpty() ? after : after.isEmpty() ? before : before + ", " + after;
        return r.isEmpty() ? null : r;
    }

    private boolean honorific(int k) {
        return d.actor[k] != null && d.actor[k].type() == ActorTerm.Type.HONORIFIC;
    }

    /** Whether tokens say what someone is (a role word or a lower-case word), not only where from. */
    private boolean describes(int a, int b) {
        for (int k = a; k < b; k++) {
            if (d.actor[k] != null && d.actor[k].type() == ActorTerm.Type.ROLE
                    || d.isWord(k) && !d.isCapitalised(k) && !Grammar.DETERMINERS.contains(d.norm(k)) && !d.is(k, "'s")) {
                return true;
            }
        }
        return false;
    }

    /** Text of tokens without leading or trailing commas and possessive marks. */
    private String clean(int a, int b) {
        while (a < b && (d.isComma(a) || d.is(a, "'s") || d.isAbbreviationDot(a))) {
            a++;
        }
        while (b > a && (d.isComma(b - 1) || d.is(b - 1, "'s"))) {
            b--;
        }
        return a < b ? d.span(a, b) : "";
    }

    private String withoutArticle(int first, int end) {
        int a = first;
        if (d.is(a, "the") && end - a > 1) {
            a++;
        }
        return d.span(a, end);
    }

    /** An institution's name without its article: "Russian defence ministry" from "a Russian defence ministry". */
    static String institutionName(String np) {
        String lower = np.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ")) {
            return np.substring(np.indexOf(' ') + 1);
        }
        return np;
    }
}
