package org.slant.extract.attribution;

import org.slant.config.ConfigNode;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.LexiconLoader;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code gender-words} lexicon kind: words that tell a person's gender. Entry fields besides the
 * common ones: {@code words} (one word each), {@code gender} (m or f) and {@code use} ({@code given-name}:
 * before a capitalised surname; {@code noun}: anywhere in a source phrase). An example fires an entry when
 * one of its words is used as the entry says: a given name right before another capitalised word, a noun
 * anywhere.
 */
public final class GenderWordsKind implements LexiconKind<GivenNames> {

    private static final Set<String> FIELDS = Set.of("id", "words", "gender", "use", "rationale", "examples");
    private static final Set<String> GENDERS = Set.of("m", "f");
    private static final Set<String> USES = Set.of("given-name", "noun");

    @Override
    public String kind() {
        return "gender-words";
    }

    @Override
    public GivenNames compile(List<LexiconFile> files) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> nouns = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                ConfigNode n = e.node().onlyKeys(FIELDS);
                String gender = LexiconLoader.oneOf(n, "gender", GENDERS, null);
                String use = LexiconLoader.oneOf(n, "use", USES, "given-name");
                Map<String, String> into = use.equals("noun") ? nouns : names;
                for (String w : n.require("words").asStrings()) {
                    List<Token> t = Tokenizer.tokenize(w);
                    if (t.size() != 1) {
                        throw n.require("words").error("one word each, not '" + w + "'");
                    }
                    String norm = t.get(0).norm();
                    String before = into.putIfAbsent(norm, gender);
                    if (before != null && !before.equals(gender)) {
                        into.put(norm, ""); // listed for both: tells nothing
                    }
                    ids.computeIfAbsent(use + ":" + norm, x -> new TreeSet<>()).add(e.id());
                }
            }
        }
        return new GivenNames(names, nouns, ids);
    }

    @Override
    public Set<String> fired(GivenNames compiled, String example) {
        Set<String> out = new TreeSet<>();
        List<Token> tokens = Tokenizer.tokenize(example);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String norm = t.norm();
            boolean capital = t.isWord() && Character.isUpperCase(example.codePointAt(t.start()));
            boolean beforeName = i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                    && Character.isUpperCase(example.codePointAt(tokens.get(i + 1).start()));
            if (capital && beforeName && compiled.ofName(norm) != null) {
                out.addAll(compiled.entries("given-name:" + norm));
            }
            if (compiled.ofNoun(norm) != null) {
                out.addAll(compiled.entries("noun:" + norm));
            }
        }
        return out;
    }

    @Override
    public String explain(GivenNames compiled, String term) {
        String norm = Tokenizer.norm(term, 0, term.length());
        String name = compiled.ofName(norm);
        String noun = compiled.ofNoun(norm);
        if (name == null && noun == null) {
            return null;
        }
        return term + ": " + (name != null ? "a given name of a " + (name.equals("m") ? "man" : "woman") : "")
                + (name != null && noun != null ? "; " : "")
                + (noun != null ? "a noun for a " + (noun.equals("m") ? "man" : "woman") : "");
    }
}
