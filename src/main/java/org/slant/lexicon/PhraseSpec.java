package org.slant.lexicon;

import org.slant.config.ConfigNode;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matchable part of an entry: one or more phrases, their inflections and a case rule.
 * <pre>
 *   phrase: war machine            # or a list of variants
 *   inflect: noun                  # none | noun (last word) | verb (first word) | adj (last word)
 *   forms: [war machinery]         # extra surface forms, listed by hand
 *   case: insensitive              # insensitive | sensitive (exactly as written)
 * </pre>
 */
public record PhraseSpec(List<String> phrases, Inflector.Rule inflect, boolean caseSensitive) {

    private static final Set<String> CASES = Set.of("insensitive", "sensitive");
    private static final Set<String> INFLECT = Set.of("none", "noun", "verb", "adj");

    public static PhraseSpec read(ConfigNode entry) {
        ConfigNode phraseNode = entry.get("phrase").orElseThrow(() -> entry.error("entry has no phrase"));
        List<String> phrases = new ArrayList<>();
        for (ConfigNode p : phraseNode.asListOrOne()) {
            String s = p.asString().strip();
            if (s.isEmpty() || Tokenizer.tokenize(s).isEmpty()) {
                throw p.error("empty phrase");
            }
            phrases.add(s);
        }
        entry.get("forms").ifPresent(f -> {
            for (ConfigNode p : f.asListOrOne()) {
                String s = p.asString().strip();
                if (s.isEmpty()) {
                    throw p.error("empty form");
                }
                phrases.add(s);
            }
        });
        String inflect = LexiconLoader.oneOf(entry, "inflect", INFLECT, "none");
        String caseRule = LexiconLoader.oneOf(entry, "case", CASES, "insensitive");
        return new PhraseSpec(phrases, Inflector.Rule.valueOf(inflect.toUpperCase(java.util.Locale.ROOT)),
                caseRule.equals("sensitive"));
    }

    /** Every surface variant, as token lists of the phrase's own text (surface forms, not norms). */
    public List<List<String>> variants() {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String phrase : phrases) {
            List<String> words = surfaceTokens(phrase);
            if (words.isEmpty()) {
                continue;
            }
            out.add(words);
            if (inflect == Inflector.Rule.NONE) {
                continue;
            }
            int at = inflect == Inflector.Rule.VERB ? 0 : words.size() - 1;
            for (String form : Inflector.forms(words.get(at), inflect)) {
                List<String> v = new ArrayList<>(words);
                v.set(at, form);
                out.add(v);
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> surfaceTokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase)) {
            out.add(phrase.substring(t.start(), t.end()));
        }
        return out;
    }
}
