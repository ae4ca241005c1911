package org.slant.extract.attribution;

import org.slant.config.ConfigNode;
import org.slant.lexicon.Inflector;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.LexiconLoader;
import org.slant.lexicon.PhraseIndex;
import org.slant.lexicon.PhraseSpec;
import org.slant.text.Tokenizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code actors} lexicon kind: who speaks for whom. Each entry has a {@code type}:
 * <ul>
 *   <li>{@code country}: {@code actor}, {@code names}, {@code adjectives}, {@code capitals} (a capital
 *       standing for the government: "Moscow said"), {@code iso} (ISO 3166-1 alpha-2 codes: the general
 *       actor table's people of that country speak for this actor);</li>
 *   <li>{@code organisation}: {@code actor}, {@code names}, {@code party} (a US party code of the actor
 *       table, R or D: its members speak for this actor);</li>
 *   <li>{@code person}: {@code actor}, {@code name}, {@code aliases}, {@code gender} (m or f),
 *       {@code offices} (role entry ids the person held: lets "the French president" find Macron);</li>
 *   <li>{@code role}: a {@link PhraseSpec} phrase, {@code source_type} (the source type of a phrase
 *       headed by it), {@code classes} (so "the diplomat" can find an ambassador) and {@code postings}
 *       (words after which a place is the posting, not the side: "ambassador to Russia");</li>
 *   <li>{@code honorific}: a phrase ("Mr", "Mrs") and an optional {@code gender};</li>
 *   <li>{@code prefix}: words joined by a hyphen to a place ("pro", "anti") and their {@code effect}: the place
 *       is the speaker's {@code side}, or what they are {@code against}.</li>
 * </ul>
 * Names, aliases, adjectives and capitals match case-sensitively (with and without accents); roles
 * follow their {@code case} field (default insensitive); honorifics always match case-sensitively.
 */
public final class ActorKind implements LexiconKind<ActorGazetteer> {

    static final Set<String> SOURCE_TYPES = Set.of("named", "anonymous", "institution", "self", "media");
    private static final Set<String> TYPES = Set.of("country", "organisation", "person", "role", "honorific", "prefix");
    private static final Set<String> EFFECTS = Set.of("side", "against");
    private static final Set<String> GENDERS = Set.of("m", "f");
    private static final Pattern ACTOR = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> COMMON = Set.of("id", "type", "rationale", "examples");
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    private static final Pattern PARTY = Pattern.compile("[RD]");

    @Override
    public String kind() {
        return "actors";
    }

    @Override
    public ActorGazetteer compile(List<LexiconFile> files) {
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                entries.put(e.id(), e); // later files override earlier entries with the same id
            }
        }
        Map<String, Set<String>> roleClasses = new LinkedHashMap<>();
        for (LexiconEntry e : entries.values()) {
            if ("role".equals(e.node().string("type", ""))) {
                Set<String> c = new LinkedHashSet<>();
                c.add(e.id());
                e.node().get("classes").ifPresent(n -> c.addAll(n.asStrings()));
                roleClasses.put(e.id(), c);
            }
        }
        for (LexiconEntry e : entries.values()) {
            if ("role".equals(e.node().string("type", ""))) {
                for (ConfigNode c : e.node().get("classes").map(ConfigNode::asListOrOne).orElse(List.of())) {
                    if (!roleClasses.containsKey(c.asString())) {
                        throw c.error("unknown class '" + c.asString() + "' (classes are role entry ids)");
                    }
                }
            }
        }
        PhraseIndex<ActorTerm> index = new PhraseIndex<>();
        Map<String, ActorTerm> byEntry = new LinkedHashMap<>();
        Map<String, String> sides = new LinkedHashMap<>();
        Map<String, ActorGazetteer.Prefix> prefixes = new LinkedHashMap<>();
        for (LexiconEntry e : entries.values()) {
            ConfigNode n = e.node();
            String type = LexiconLoader.oneOf(n, "type", TYPES, null);
            switch (type) {
                case "country" -> {
                    country(e, n, index, byEntry);
                    for (ConfigNode c : n.get("iso").map(ConfigNode::asListOrOne).orElse(List.of())) {
                        side(sides, c, ISO, "country:" + c.asString(), actor(n));
                    }
                }
                case "organisation" -> {
                    organisation(e, n, index, byEntry);
                    if (n.get("party").isPresent()) {
                        ConfigNode c = n.require("party");
                        side(sides, c, PARTY, "party:" + c.asString(), actor(n));
                    }
                }
                case "person" -> person(e, n, roleClasses, index, byEntry);
                case "role" -> role(e, n, roleClasses, index, byEntry);
                case "prefix" -> {
                    n.onlyKeys(with("phrase", "effect"));
                    boolean side = "side".equals(LexiconLoader.oneOf(n, "effect", EFFECTS, null));
                    for (String w : n.require("phrase").asStrings()) {
                        prefixes.put(org.slant.text.Tokenizer.norm(w, 0, w.length()), new ActorGazetteer.Prefix(e.id(), side));
                    }
                }
                default -> honorific(e, n, index, byEntry);
            }
        }
        return new ActorGazetteer(index, byEntry, sides, prefixes, ActorTable::shipped);
    }

    private static void side(Map<String, String> sides, ConfigNode code, Pattern form, String key, String actor) {
        if (!form.matcher(code.asString()).matches()) {
            throw code.error("'" + code.asString() + "' is not a code of the actor table");
        }
        sides.put(key, actor); // a later file's entry overrides, like entries
    }

    private static void country(LexiconEntry e, ConfigNode n, PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry) {
        n.onlyKeys(with("actor", "names", "adjectives", "capitals", "iso"));
        String actor = actor(n);
        List<String> names = n.require("names").asStrings();
        ActorTerm main = new ActorTerm(e.id(), ActorTerm.Type.COUNTRY, actor, names.get(0), null, "institution",
                Set.of(), false, null);
        byEntry.put(e.id(), main);
        addNames(index, names, main);
        addNames(index, n.get("adjectives").map(ConfigNode::asStrings).orElse(List.of()),
                new ActorTerm(e.id(), ActorTerm.Type.COUNTRY_ADJ, actor, names.get(0), null, "institution", Set.of(), false, null));
        addNames(index, n.get("capitals").map(ConfigNode::asStrings).orElse(List.of()),
                new ActorTerm(e.id(), ActorTerm.Type.CAPITAL, actor, names.get(0), null, "institution", Set.of(), false, null));
    }

    private static void organisation(LexiconEntry e, ConfigNode n, PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry) {
        n.onlyKeys(with("actor", "names", "party"));
        List<String> names = n.require("names").asStrings();
        ActorTerm t = new ActorTerm(e.id(), ActorTerm.Type.ORGANISATION, actor(n), names.get(0), null, "institution",
                Set.of(), false, null);
        byEntry.put(e.id(), t);
        addNames(index, names, t);
    }

    private static void person(LexiconEntry e, ConfigNode n, Map<String, Set<String>> roleClasses,
                               PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry) {
        n.onlyKeys(with("actor", "name", "aliases", "gender", "offices"));
        String name = n.requireString("name");
        String gender = n.get("gender").isPresent() ? LexiconLoader.oneOf(n, "gender", GENDERS, null) : null;
        Set<String> classes = new LinkedHashSet<>();
        for (ConfigNode o : n.get("offices").map(ConfigNode::asListOrOne).orElse(List.of())) {
            Set<String> c = roleClasses.get(o.asString());
            if (c == null) {
                throw o.error("unknown office '" + o.asString() + "' (offices are role entry ids)");
            }
            classes.addAll(c);
        }
        List<String> nameTokens = words(name);
        String first = nameTokens.size() > 1 ? nameTokens.get(0) : null;
        ActorTerm full = new ActorTerm(e.id(), ActorTerm.Type.PERSON, actor(n), name, gender, "named", classes, false, first);
        byEntry.put(e.id(), full);
        addNames(index, List.of(name), full);
        for (String a : n.get("aliases").map(ConfigNode::asStrings).orElse(List.of())) {
            boolean surname = words(a).size() == 1;
            addNames(index, List.of(a), surname
                    ? new ActorTerm(e.id(), ActorTerm.Type.PERSON, full.actor(), name, gender, "named", classes, true, first)
                    : full);
        }
    }

    private static void role(LexiconEntry e, ConfigNode n, Map<String, Set<String>> roleClasses,
                             PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry) {
        n.onlyKeys(with("phrase", "inflect", "forms", "case", "source_type", "classes", "postings"));
        String sourceType = LexiconLoader.oneOf(n, "source_type", SOURCE_TYPES, null);
        PhraseSpec spec = PhraseSpec.read(n);
        Set<String> postings = new LinkedHashSet<>(n.get("postings").map(ConfigNode::asStrings).orElse(List.of()));
        ActorTerm t = new ActorTerm(e.id(), ActorTerm.Type.ROLE, null, spec.phrases().get(0), null, sourceType,
                roleClasses.get(e.id()), false, null, postings);
        byEntry.put(e.id(), t);
        index.add(spec, t);
    }

    private static void honorific(LexiconEntry e, ConfigNode n, PhraseIndex<ActorTerm> index, Map<String, ActorTerm> byEntry) {
        n.onlyKeys(with("phrase", "forms", "gender"));
        String gender = n.get("gender").isPresent() ? LexiconLoader.oneOf(n, "gender", GENDERS, null) : null;
        PhraseSpec spec = PhraseSpec.read(n);
        ActorTerm t = new ActorTerm(e.id(), ActorTerm.Type.HONORIFIC, null, spec.phrases().get(0), gender, null,
                Set.of(), false, null);
        byEntry.put(e.id(), t);
        index.add(new PhraseSpec(spec.phrases(), Inflector.Rule.NONE, true), t);
    }

    private static Set<String> with(String... fields) {
        Set<String> s = new HashSet<>(COMMON);
        s.addAll(List.of(fields));
        return s;
    }

    private static String actor(ConfigNode n) {
        String a = n.requireString("actor");
        if (!ACTOR.matcher(a).matches()) {
            throw n.require("actor").error("actor id '" + a + "' must be lower case letters, digits or '-'");
        }
        return a;
    }

    /** Adds names case-sensitively, plus their accent-free spelling ("Szijjártó" and "Szijjarto"). */
    private static void addNames(PhraseIndex<ActorTerm> index, List<String> names, ActorTerm t) {
        Set<String> variants = new LinkedHashSet<>();
        for (String name : names) {
            variants.add(name);
            variants.add(stripAccents(name));
        }
        for (String v : variants) {
            index.add(new PhraseSpec(List.of(v), Inflector.Rule.NONE, true), t);
        }
    }

    static String stripAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                b.append(d.charAt(i));
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (var t : Tokenizer.tokenize(s)) {
            if (t.isWord()) {
                out.add(s.substring(t.start(), t.end()));
            }
        }
        return out;
    }

    @Override
    public Set<String> fired(ActorGazetteer compiled, String example) {
        Set<String> out = new TreeSet<>();
        List<org.slant.text.Token> tokens = Tokenizer.tokenize(example);
        for (PhraseIndex.Match<ActorTerm> m : compiled.mentions(tokens, example)) {
            out.add(m.payload().entryId());
            ActorGazetteer.Prefix p = m.payload().isPlace() ? compiled.prefixBefore(tokens, m.firstToken()) : null;
            if (p != null) {
                out.add(p.entryId());
            }
        }
        return out;
    }

    @Override
    public String explain(ActorGazetteer compiled, String term) {
        ActorTerm t = compiled.entry(term);
        if (t == null) {
            ActorGazetteer.Prefix p = compiled.prefix(term);
            return p == null ? null : term + ": side prefix, the place joined to it is " + (p.side()
                    ? "the speaker's side" : "what the speaker opposes, not their side");
        }
        return t.entryId() + ": " + t.type().name().toLowerCase(java.util.Locale.ROOT) + " " + t.canonical()
                + (t.actor() == null ? "" : " (actor " + t.actor() + ")")
                + (t.sourceType() == null ? "" : ", source type " + t.sourceType());
    }
}
