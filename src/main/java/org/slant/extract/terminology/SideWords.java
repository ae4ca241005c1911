package org.slant.extract.terminology;

import org.slant.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that name a side (of the war in Ukraine, of Russia and the West, of US politics), which the
 * loaded-language model must not tell apart: each of them is the feature key of its kind ({@link #KEYS})
 * wherever a word's key is used (the word, its stem, as a neighbour; no prefix, suffix or valence of its own), in
 * training and in scoring alike. So "Trump-backed" and "Obama-backed", "supporters of Russia" and
 * "supporters of Ukraine" get the same score by construction: a model trained on articles of one period
 * (PTC: 2017-18, much of it on one US president) would otherwise learn that a side's name is a cue.
 * The list holds every word the mirror tests swap (the axes of the lexicons' mirror tests, and the
 * countries, demonyms, capitals, institutions, parties and politicians of the article mirror tests) and
 * the other politicians of the same kind; a test checks that each swap changes only words this list
 * blinds. "Right" and "left" name a side only in a political compound ({@link #sided}).
 * Matched on the lower-cased form, so "Liberal" and "liberal" alike, and on its stem, so "the Trumps" too.
 */
public final class SideWords {

    /**
     * The keys side words stand for, one per kind of side word, so that a country's name and a party's are
     * not one feature, while every mirror pair (Russia and Ukraine, NATO and the Kremlin, Trump and Biden,
     * conservative and liberal) shares one.
     */
    public static final String STATE = "<side:state>";
    public static final String PERSON = "<side:person>";
    public static final String PARTY = "<side:party>";
    public static final String WING = "<side:wing>";
    public static final List<String> KEYS = List.of(STATE, PERSON, PARTY, WING);

    /**
     * The sided words, lower case, by kind. States: the two states at war, their people, capitals, seats of
     * power, parliaments and security services; the West, its capital and alliance. Persons: the leading
     * politicians of both (with first names, as articles write them in full), and US presidents, candidates
     * and congressional leaders since 2008. Parties: the US parties and their members. Wings: the words for
     * the right and the left.
     */
    static final Map<String, String> WORDS = words();

    private static Map<String, String> words() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("russia", "ukraine", "russian", "ukrainian", "russians", "ukrainians", "moscow", "kyiv",
                "kiev", "kremlin", "bankova", "duma", "rada", "fsb", "sbu", "west", "western", "westerners", "washington",
                "nato", "american", "americans", "america")) {
            m.put(w, STATE);
        }
        for (String w : List.of("putin", "zelensky", "zelenskyy", "zelenskiy", "lavrov", "kuleba", "sybiha", "medvedev",
                "mishustin", "shmyhal", "vladimir", "volodymyr", "sergei", "sergey", "dmytro", "dmitry", "serhiy",
                "mikhail", "denys", "andriy", "trump", "biden", "obama", "clinton", "harris", "pence", "vance", "walz",
                "kaine", "romney", "mccain", "palin", "ryan", "pelosi", "schumer", "mcconnell", "graham", "sanders",
                "desantis", "donald", "barack", "hillary", "kamala", "lindsey", "chuck", "mitch", "nancy")) {
            m.put(w, PERSON);
        }
        for (String w : List.of("republican", "republicans", "democrat", "democrats", "democratic", "gop")) {
            m.put(w, PARTY);
        }
        for (String w : List.of("conservative", "conservatives", "liberal", "liberals", "rightist", "rightists",
                "leftist", "leftists", "maga", "progressive", "progressives")) {
            m.put(w, WING);
        }
        return Map.copyOf(m);
    }

    /** Words after which "right" or "left" name a side ("far-right", "alt-left", "centre-right"). */
    private static final Set<String> BEFORE_WING = Set.of("far", "alt", "hard", "centre", "center", "radical", "extreme");

    private SideWords() {
    }

    /** Whether a word form names a side wherever it stands. */
    public static boolean blinds(String norm) {
        return of(norm) != null;
    }

    /**
     * A word form's side key, or null: the form's own, else its stem's ("Trumps", "Clintons" and
     * "Republicanism" stem to a side word, and their stems would otherwise be sided features).
     */
    private static String of(String norm) {
        String k = WORDS.get(norm);
        return k != null || norm.isEmpty() ? k : WORDS.get(LoadedFeatures.stem(norm));
    }

    /** The key a word form stands for: its side key, the form itself when it is one of {@link #KEYS}, else null. */
    static String sideKey(String norm) {
        if (norm.startsWith("<side:")) {
            return KEYS.contains(norm) ? norm : null;
        }
        return of(norm);
    }

    /**
     * Whether "right" or "left" at token i names a side: after "far", "alt", "hard", "centre"... or before
     * "wing" ("right-wing"). Elsewhere ("the right to vote", "left the city") they are ordinary words.
     */
    public static boolean wing(List<Token> tokens, int i) {
        String n = tokens.get(i).norm();
        if (!n.equals("right") && !n.equals("left")) {
            return false;
        }
        return i > 0 && BEFORE_WING.contains(tokens.get(i - 1).norm())
                || i + 1 < tokens.size() && (tokens.get(i + 1).norm().equals("wing") || tokens.get(i + 1).norm().equals("wingers"));
    }

    /** Whether token i names a side: a side word, or "right"/"left" in a political compound. */
    public static boolean sided(List<Token> tokens, int i) {
        return blinds(tokens.get(i).norm()) || wing(tokens, i);
    }

    /** The feature key of token i: its side key for a side word, else its lower-cased form. */
    public static String key(List<Token> tokens, int i) {
        if (wing(tokens, i)) {
            return WING;
        }
        String n = tokens.get(i).norm();
        String k = of(n);
        return k == null ? n : k;
    }
}
