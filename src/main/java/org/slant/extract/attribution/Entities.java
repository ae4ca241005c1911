package org.slant.extract.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The people an article has named in full so far, so that a later short mention ("Meshkov", "Mr Meshkov")
 * is the same speaker as the first full one ("Ivan Meshkov"), and what is known of each one's gender, which
 * may come later than the name ("Ivan Meshkov ... Mr Meshkov": he). A surname shared by two people named in
 * full ("Anna Moroz", "Petro Moroz") links to neither: the short mention stays as written.
 */
final class Entities {

    /** A surname two different people have: never linked. */
    private static final Source AMBIGUOUS = new Source("named", "", null, null, null, null, "ambiguous");

    private final Map<String, Source> bySurname = new HashMap<>();
    private final Map<String, String> gender = new HashMap<>();

    /** Records a named speaker or mention: its full name (two words or more) and its gender when known. */
    void learn(Source s) {
        if (s == null || !s.named()) {
            return;
        }
        String name = s.speaker();
        if (s.gender() != null) {
            gender.putIfAbsent(name, s.gender());
        }
        int space = name.lastIndexOf(' ');
        if (space < 0 || space == name.length() - 1) {
            return;
        }
        String surname = key(name.substring(space + 1));
        Source before = bySurname.get(surname);
        if (before == null) {
            bySurname.put(surname, s);
        } else if (before != AMBIGUOUS && !before.speaker().equals(name)) {
            bySurname.put(surname, AMBIGUOUS);
        }
    }

    /**
     * The first full mention a one-word name points back to, with what both say about the person (the
     * later role and gender, the earlier affiliation when the later has none); the source itself when no
     * full mention or two different ones fit, or when its gender contradicts the full mention's.
     */
    Source link(Source s) {
        if (s == null || !s.named() || s.speaker().indexOf(' ') >= 0) {
            return s;
        }
        Source full = bySurname.get(key(s.speaker()));
        if (full == null || full == AMBIGUOUS) {
            return s;
        }
        String g = genderOf(full);
        if (g != null && s.gender() != null && !g.equals(s.gender())) {
            return s; // "Mrs Moroz" is not Petro Moroz
        }
        String merged = g != null ? g : s.gender();
        if (merged != null) {
            gender.putIfAbsent(full.speaker(), merged);
        }
        java.util.Set<String> classes = new java.util.LinkedHashSet<>(full.classes());
        classes.addAll(s.classes());
        return new Source("named", full.speaker(), s.role() != null ? s.role() : full.role(),
                Source.UNKNOWN.equals(s.affiliation()) ? full.affiliation() : s.affiliation(), merged, classes, "anaphor");
    }

    /** The person's gender as far as the article has told it: from the mention itself or a later one. */
    String genderOf(Source s) {
        String g = gender.get(s.speaker());
        return g != null ? g : s.gender();
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
