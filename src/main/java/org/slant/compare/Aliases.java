package org.slant.compare;

import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names that refer to one thing ("ISIS", "Islamic State", "Daesh"), read from {@code compare/aliases.tsv}
 * (data, one rationale per entry), so that grouping articles into stories is not split by an outlet's
 * choice of name. Forms are tokenised like article text and matched over its word tokens, longest first;
 * the number of words tried per position is bounded by the longest form, so matching is linear in the text.
 */
final class Aliases {

    /** One form: its words' matching forms, and the surface to match exactly when it has capitals. */
    private record Form(String id, List<String> norms, List<String> surface) {
    }

    static final Aliases STANDARD = load("/compare/aliases.tsv");
    /** No aliases: every name counts as written (to measure what the table changes). */
    static final Aliases NONE = new Aliases(Map.of());

    /** Forms by their first word's matching form. */
    private final Map<String, List<Form>> byFirst;

    private Aliases(Map<String, List<Form>> byFirst) {
        this.byFirst = byFirst;
    }

    /** A match: the alias id and how many word tokens it spans. */
    record Match(String id, int words) {
    }

    /**
     * The longest alias starting at word {@code i} of the text's word tokens, or null.
     *
     * @param words the text's word tokens, in order
     */
    Match at(String text, List<Token> words, int i) {
        List<Form> forms = byFirst.get(words.get(i).norm());
        if (forms == null) {
            return null;
        }
        Match best = null;
        for (Form f : forms) {
            int n = f.norms().size();
            if (i + n > words.size() || (best != null && best.words() >= n) || !matches(text, words, i, f)) {
                continue;
            }
            best = new Match(f.id(), n);
        }
        return best;
    }

    private static boolean matches(String text, List<Token> words, int i, Form f) {
        for (int k = 0; k < f.norms().size(); k++) {
            Token t = words.get(i + k);
            if (!t.norm().equals(f.norms().get(k))) {
                return false;
            }
            if (f.surface() != null && !surface(text, t).equals(f.surface().get(k))) {
                return false;
            }
        }
        // a capitalised form ("US", "IS") inside a run of capitals is a shouted headline, not the name
        return f.surface() == null || (!shouted(text, words, i - 1) && !shouted(text, words, i + f.norms().size()));
    }

    private static boolean shouted(String text, List<Token> words, int i) {
        if (i < 0 || i >= words.size()) {
            return false;
        }
        String s = surface(text, words.get(i));
        return s.length() > 1 && s.chars().anyMatch(Character::isLetter)
                && s.chars().noneMatch(Character::isLowerCase);
    }

    private static String surface(String text, Token t) {
        return text.substring(t.start(), t.end());
    }

    static Aliases load(String resource) {
        Map<String, List<Form>> byFirst = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Aliases.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || cols[2].isBlank()) {
                    throw new IllegalStateException(resource + ":" + number + ": expected id, forms and a rationale");
                }
                for (String form : cols[1].split("\\|")) {
                    Form f = form(cols[0], form);
                    byFirst.computeIfAbsent(f.norms().get(0), k -> new ArrayList<>()).add(f);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read " + resource, e));
        }
        return new Aliases(byFirst);
    }

    private static Form form(String id, String form) {
        List<String> norms = new ArrayList<>();
        List<String> surface = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(form)) {
            if (t.isWord()) {
                norms.add(t.norm());
                surface.add(form.substring(t.start(), t.end()));
            }
        }
        boolean exact = form.chars().anyMatch(Character::isUpperCase);
        return new Form(id, List.copyOf(norms), exact ? List.copyOf(surface) : null);
    }
}
