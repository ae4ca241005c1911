package org.slant.extract.terminology;

import org.slant.config.ConfigNode;
import org.slant.lexicon.Inflector;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconLoader;
import org.slant.lexicon.PhraseIndex;
import org.slant.lexicon.PhraseSpec;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compiles {@code kind: terminology} files, checking every kind-specific field with a file:line:column
 * error. Entries of later files replace entries of earlier ones with the same id (that is how
 * {@code --lexicon FILE} overrides a built-in entry). File headers may declare {@code defaults}
 * (category, weight, inflect, case), the contested-naming {@code sets} and the {@code conventions}.
 */
final class TerminologyCompiler {

    private static final Set<String> FIELDS = Set.of("id", "phrase", "inflect", "forms", "case", "category",
            "weight", "rationale", "examples", "not_after", "not_before", "near", "set", "variant", "convention",
            "max_words", "cue_window", "cue_after", "mirror");
    private static final Set<String> DEFAULTS = Set.of("category", "weight", "inflect", "case");
    private static final Set<String> INFLECT = Set.of("none", "noun", "verb", "adj");
    private static final Set<String> CASES = Set.of("insensitive", "sensitive");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_]*");

    private TerminologyCompiler() {
    }

    static TerminologyLexicon compile(List<LexiconFile> files) {
        Map<String, String> setDescriptions = new LinkedHashMap<>();
        Map<String, String> conventions = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            readNames(f.root(), "sets", setDescriptions);
            readNames(f.root(), "conventions", conventions);
        }
        Map<String, List<String>> actors = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> scopes = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            readActors(f.root(), actors);
            readScopes(f.root(), setDescriptions, scopes);
        }
        Map<String, TermEntry> byId = new LinkedHashMap<>();
        Map<String, ConfigNode> nodes = new HashMap<>();
        for (LexiconFile f : files) {
            ConfigNode defaults = f.root().get("defaults").orElse(null);
            if (defaults != null) {
                defaults.onlyKeys(DEFAULTS);
            }
            for (LexiconEntry e : f.entries()) {
                TermEntry t = entry(e, defaults, setDescriptions, conventions, actors);
                byId.put(t.id(), t);
                nodes.put(t.id(), e.node());
            }
        }
        return build(byId, nodes, setDescriptions, conventions, scopes);
    }

    /**
     * The words that say an article is about a contested-naming set's subject ({@code scopes: {ukraine_war:
     * [Ukraine, Kyiv, ...]}}): the set's names count only in an article that uses them (issue 17: "Russia's
     * invasion" in an article on Chechnya is not Ukraine-war naming). Words are token norms, lower case.
     */
    private static void readScopes(ConfigNode root, Map<String, String> sets, Map<String, java.util.Set<String>> into) {
        root.get("scopes").ifPresent(m -> {
            for (Map.Entry<String, ConfigNode> e : m.asMap().entrySet()) {
                if (!sets.containsKey(e.getKey())) {
                    throw e.getValue().error("scope for unknown set '" + e.getKey() + "' (declare it under sets)");
                }
                java.util.Set<String> words = new java.util.TreeSet<>();
                for (ConfigNode w : e.getValue().asListOrOne()) {
                    String word = w.asString().strip();
                    if (word.isEmpty() || word.contains(" ")) {
                        throw w.error("a scope word is one word");
                    }
                    words.add(Tokenizer.norm(word, 0, word.length()).toLowerCase(Locale.ROOT));
                }
                if (words.isEmpty()) {
                    throw e.getValue().error("scope of '" + e.getKey() + "' is empty");
                }
                into.put(e.getKey(), java.util.Set.copyOf(words));
            }
        });
    }

    private static void readNames(ConfigNode root, String key, Map<String, String> into) {
        root.get(key).ifPresent(m -> {
            for (Map.Entry<String, ConfigNode> e : m.asMap().entrySet()) {
                if (!NAME.matcher(e.getKey()).matches()) {
                    throw e.getValue().error(key + " id '" + e.getKey() + "' must be lower case letters, digits or '_'");
                }
                String d = e.getValue().asString();
                if (d.isBlank()) {
                    throw e.getValue().error(key + " '" + e.getKey() + "' has no description");
                }
                into.put(e.getKey(), d.strip());
            }
        });
    }

    /**
     * Named lists of actors ({@code actors: {war_sides: [Russian, Ukrainian, ...]}}) that a phrase names as
     * {@code {war_sides}}: a label or hedge is then written once over every side, not once per side, so no
     * side can be forgotten (issue 17: "Ukrainian militants" was a label and "Russian militants" was not).
     */
    private static void readActors(ConfigNode root, Map<String, List<String>> into) {
        root.get("actors").ifPresent(m -> {
            for (Map.Entry<String, ConfigNode> e : m.asMap().entrySet()) {
                if (!NAME.matcher(e.getKey()).matches()) {
                    throw e.getValue().error("actors list '" + e.getKey() + "' must be lower case letters, digits or '_'");
                }
                List<String> names = new java.util.ArrayList<>();
                for (ConfigNode a : e.getValue().asListOrOne()) {
                    String name = a.asString().strip();
                    if (name.isEmpty() || name.contains("{")) {
                        throw a.error("an actor is a non-empty name without braces");
                    }
                    names.add(name);
                }
                if (names.isEmpty()) {
                    throw e.getValue().error("actors list '" + e.getKey() + "' is empty");
                }
                into.put(e.getKey(), List.copyOf(names));
            }
        });
    }

    /** The phrases with every {@code {list}} replaced by each actor of the list, in order. */
    private static List<String> expandActors(ConfigNode n, List<String> phrases, Map<String, List<String>> actors) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : phrases) {
            int open = p.indexOf('{');
            if (open < 0) {
                out.add(p);
                continue;
            }
            int close = p.indexOf('}', open);
            String name = close < 0 ? "" : p.substring(open + 1, close);
            List<String> list = actors.get(name);
            if (list == null) {
                throw n.require("phrase").error("unknown actors list '{" + name + "}' in phrase '" + p + "' (known: "
                        + String.join(", ", actors.keySet()) + ")");
            }
            List<String> filled = new java.util.ArrayList<>();
            for (String a : list) {
                filled.add(p.substring(0, open) + a + p.substring(close + 1));
            }
            out.addAll(expandActors(n, filled, actors));
        }
        return out;
    }

    private static TermEntry entry(LexiconEntry e, ConfigNode defaults, Map<String, String> sets,
                                   Map<String, String> conventions, Map<String, List<String>> actors) {
        ConfigNode n = e.node().onlyKeys(FIELDS);
        String fallbackCategory = defaults == null ? null : defaults.string("category", null);
        if (n.get("category").isEmpty() && fallbackCategory == null) {
            throw n.error("entry '" + e.id() + "' has no category (allowed: " + String.join(", ", Category.ids()) + ")");
        }
        ConfigNode categoryAt = n.get("category").isPresent() ? n : defaults;
        Category category = Category.of(LexiconLoader.oneOf(categoryAt, "category", Set.copyOf(Category.ids()), null));
        int weight = weight(n, defaults, category);
        PhraseSpec phrase = null;
        if (category == Category.SCARE_QUOTE) {
            if (n.get("phrase").isPresent()) {
                throw n.require("phrase").error("a scare_quote entry matches quotations, not a phrase");
            }
        } else {
            phrase = phrase(n, defaults);
            phrase = new PhraseSpec(expandActors(n, phrase.phrases(), actors), phrase.inflect(), phrase.caseSensitive());
        }
        TermEntry.Naming naming = naming(n, e.id(), category, sets, conventions);
        ContextRule context = new ContextRule(phrases(n, "not_after"), phrases(n, "not_before"), words(n, "near"));
        if (category != Category.SCARE_QUOTE) {
            for (String k : List.of("max_words", "cue_window", "cue_after")) {
                if (n.get(k).isPresent()) {
                    throw n.require(k).error("'" + k + "' belongs to the scare_quote entry only");
                }
            }
        }
        return new TermEntry(e.id(), category, weight, e.rationale(), phrase, context, naming, e.location(),
                e.mustMatch(), e.mustNotMatch());
    }

    private static int weight(ConfigNode n, ConfigNode defaults, Category category) {
        ConfigNode at = n.get("weight").orElse(defaults == null ? null : defaults.get("weight").orElse(null));
        if (at == null) {
            if (category == Category.QUOTE_CUE) {
                return 1;
            }
            throw n.error("entry '" + n.string("id", "?") + "' has no weight (1, 2 or 3)");
        }
        int w = at.asInt();
        if (w < 1 || w > 3) {
            throw at.error("weight must be 1, 2 or 3, found " + w);
        }
        return w;
    }

    private static PhraseSpec phrase(ConfigNode n, ConfigNode defaults) {
        if (defaults != null) {
            defaults.get("inflect").ifPresent(d -> LexiconLoader.oneOf(defaults, "inflect", INFLECT, null));
            defaults.get("case").ifPresent(d -> LexiconLoader.oneOf(defaults, "case", CASES, null));
        }
        PhraseSpec spec = PhraseSpec.read(n);
        Inflector.Rule inflect = spec.inflect();
        boolean caseSensitive = spec.caseSensitive();
        if (n.get("inflect").isEmpty() && defaults != null && defaults.get("inflect").isPresent()) {
            inflect = Inflector.Rule.valueOf(defaults.string("inflect", "none").toUpperCase(Locale.ROOT));
        }
        if (n.get("case").isEmpty() && defaults != null && defaults.get("case").isPresent()) {
            caseSensitive = defaults.string("case", "insensitive").equals("sensitive");
        }
        return new PhraseSpec(spec.phrases(), inflect, caseSensitive);
    }

    private static TermEntry.Naming naming(ConfigNode n, String id, Category category, Map<String, String> sets,
                                           Map<String, String> conventions) {
        if (category != Category.CONTESTED_NAMING) {
            for (String k : List.of("set", "variant", "convention")) {
                if (n.get(k).isPresent()) {
                    throw n.require(k).error("'" + k + "' belongs to contested_naming entries only");
                }
            }
            return null;
        }
        String set = name(n, "set", id);
        String variant = name(n, "variant", id);
        String convention = name(n, "convention", id);
        if (!sets.containsKey(set)) {
            throw n.require("set").error("unknown set '" + set + "' (declare it under 'sets:' in a lexicon header)");
        }
        if (!conventions.containsKey(convention)) {
            throw n.require("convention").error("unknown convention '" + convention
                    + "' (declare it under 'conventions:' in a lexicon header)");
        }
        return new TermEntry.Naming(set, variant, convention);
    }

    private static String name(ConfigNode n, String key, String id) {
        ConfigNode at = n.get(key).orElseThrow(() -> n.error("contested_naming entry '" + id + "' has no " + key));
        String v = at.asString().strip();
        if (!NAME.matcher(v).matches()) {
            throw at.error(key + " '" + v + "' must be lower case letters, digits or '_'");
        }
        return v;
    }

    /** A list of phrases as token norms. */
    private static List<List<String>> phrases(ConfigNode n, String key) {
        List<List<String>> out = new ArrayList<>();
        for (ConfigNode p : n.get(key).map(ConfigNode::asListOrOne).orElse(List.of())) {
            List<String> norms = norms(p.asString());
            if (norms.isEmpty()) {
                throw p.error("empty phrase in '" + key + "'");
            }
            out.add(norms);
        }
        return out;
    }

    private static Set<String> words(ConfigNode n, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (ConfigNode p : n.get(key).map(ConfigNode::asListOrOne).orElse(List.of())) {
            List<String> norms = norms(p.asString());
            if (norms.size() != 1) {
                throw p.error("'" + key + "' takes single words, found '" + p.asString() + "'");
            }
            out.add(norms.get(0));
        }
        return out;
    }

    private static List<String> norms(String s) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(s)) {
            out.add(t.norm());
        }
        return out;
    }

    private static TerminologyLexicon build(Map<String, TermEntry> byId, Map<String, ConfigNode> nodes,
                                            Map<String, String> setDescriptions, Map<String, String> conventions,
                                            Map<String, java.util.Set<String>> scopes) {
        PhraseIndex<TermEntry> terms = new PhraseIndex<>();
        PhraseIndex<TermEntry> cues = new PhraseIndex<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, List<String>> variantsBySet = new LinkedHashMap<>();
        Map<String, String> variantOwner = new HashMap<>();
        ScareQuoteRule scare = null;
        for (TermEntry t : byId.values()) {
            ConfigNode node = nodes.get(t.id());
            if (t.category() == Category.SCARE_QUOTE) {
                if (scare != null) {
                    throw node.error("a second scare_quote entry '" + t.id() + "' (the first is '" + scare.id()
                            + "'); override it by using the same id");
                }
                scare = new ScareQuoteRule(t.id(), t.weight(), t.rationale(), bounded(node, "max_words", 4, 1, 12),
                        bounded(node, "cue_window", 6, 0, 20), bounded(node, "cue_after", 3, 0, 10));
                continue;
            }
            for (List<String> v : t.phrase().variants()) {
                String key = t.category().layer() + "|" + t.phrase().caseSensitive() + "|"
                        + String.join(" ", v.stream().map(s -> Tokenizer.norm(s, 0, s.length())).toList());
                String before = seen.putIfAbsent(key, t.id());
                if (before != null && !before.equals(t.id())) {
                    throw node.require("phrase").error("phrase '" + String.join(" ", v) + "' of entry '" + t.id()
                            + "' duplicates entry '" + before + "' (" + byId.get(before).location() + ")");
                }
            }
            (t.category() == Category.QUOTE_CUE ? cues : terms).add(t.phrase(), t);
            if (t.naming() != null) {
                String vk = t.naming().set() + "." + t.naming().variant();
                String owner = variantOwner.putIfAbsent(vk, t.id());
                if (owner != null) {
                    throw node.require("variant").error("variant '" + vk + "' is already entry '" + owner
                            + "'; list more phrases on that entry instead");
                }
                variantsBySet.computeIfAbsent(t.naming().set(), k -> new ArrayList<>()).add(t.naming().variant());
            }
        }
        Map<String, NamingSet> sets = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : variantsBySet.entrySet()) {
            sets.put(e.getKey(), new NamingSet(e.getKey(), setDescriptions.get(e.getKey()), e.getValue()));
        }
        return new TerminologyLexicon(byId, terms, cues, scare, sets, conventions, scopes);
    }

    private static int bounded(ConfigNode n, String key, int fallback, int min, int max) {
        if (n.get(key).isEmpty()) {
            return fallback;
        }
        int v = n.require(key).asInt();
        if (v < min || v > max) {
            throw n.require(key).error(key + " must be between " + min + " and " + max + ", found " + v);
        }
        return v;
    }
}
