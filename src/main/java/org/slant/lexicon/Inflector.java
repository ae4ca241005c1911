package org.slant.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflections for lexicon phrases, so an entry lists a lemma instead of every form.
 * Irregular forms are listed by hand in the entry's {@code forms}. Deliberately simple: it only adds
 * forms, so a wrong guess costs a form that never occurs, not a false match of another word.
 */
public final class Inflector {

    public enum Rule { NONE, NOUN, VERB, ADJ }

    private Inflector() {
    }

    public static Set<String> forms(String word, Rule rule) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (!w.chars().allMatch(Character::isLetter)) {
            return out;
        }
        switch (rule) {
            case NOUN -> out.add(plural(word));
            case VERB -> {
                out.add(third(word));
                out.add(past(word));
                out.add(gerund(word));
            }
            case ADJ -> {
                // comparative and superlative only for short adjectives (huge, huger is rare; big, bigger)
                if (w.length() <= 6 && !w.endsWith("ous") && !w.endsWith("ful")) {
                    String stem = w.endsWith("e") ? word.substring(0, word.length() - 1) : doubled(word);
                    if (w.endsWith("y") && w.length() > 2 && !vowel(w.charAt(w.length() - 2))) {
                        stem = word.substring(0, word.length() - 1) + "i";
                    }
                    out.add(stem + "er");
                    out.add(stem + "est");
                }
            }
            case NONE -> {
            }
        }
        return out;
    }

    static String plural(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) {
            return w + "es";
        }
        if (l.endsWith("y") && l.length() > 1 && !vowel(l.charAt(l.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    static String third(String w) {
        return plural(w);
    }

    static String past(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (l.endsWith("e")) {
            return w + "d";
        }
        if (l.endsWith("y") && l.length() > 1 && !vowel(l.charAt(l.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return doubled(w) + "ed";
    }

    static String gerund(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (l.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (l.endsWith("e") && !l.endsWith("ee") && l.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return doubled(w) + "ing";
    }

    /** Doubles a final consonant after a single short vowel in a one-syllable word (slam, slammed). */
    private static String doubled(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        int n = l.length();
        if (n >= 3 && n <= 4 && !vowel(l.charAt(n - 1)) && "wxy".indexOf(l.charAt(n - 1)) < 0
                && vowel(l.charAt(n - 2)) && !vowel(l.charAt(n - 3)) && syllables(l) == 1) {
            return w + w.charAt(w.length() - 1);
        }
        return w;
    }

    private static int syllables(String l) {
        int s = 0;
        boolean prev = false;
        for (int i = 0; i < l.length(); i++) {
            boolean v = vowel(l.charAt(i));
            if (v && !prev) {
                s++;
            }
            prev = v;
        }
        return s;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
