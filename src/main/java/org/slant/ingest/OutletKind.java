package org.slant.ingest;

import org.slant.config.ConfigNode;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.PhraseIndex;
import org.slant.lexicon.PhraseSpec;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code outlets} lexicon kind: the outlet registry. Entry fields besides the common ones:
 * {@code name}, {@code outlet_kind}, {@code country}, {@code aliases} (matched case-sensitively unless
 * {@code case: insensitive}), {@code domains}, {@code agency}, {@code platform}.
 */
public final class OutletKind implements LexiconKind<OutletRegistry> {

    private static final Set<String> FIELDS = Set.of("id", "name", "outlet_kind", "country", "aliases", "domains",
            "agency", "platform", "case", "rationale", "examples");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    @Override
    public String kind() {
        return "outlets";
    }

    @Override
    public OutletRegistry compile(List<LexiconFile> files) {
        Map<String, Outlet> byId = new LinkedHashMap<>();
        Map<String, Boolean> caseSensitive = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                ConfigNode n = e.node().onlyKeys(FIELDS);
                List<String> aliases = new ArrayList<>(n.get("aliases").map(ConfigNode::asStrings).orElse(List.of()));
                String name = n.requireString("name");
                if (!aliases.contains(name)) {
                    aliases.add(0, name);
                }
                for (String a : aliases) {
                    if (Tokenizer.tokenize(a).isEmpty()) {
                        throw n.error("empty alias in '" + e.id() + "'");
                    }
                }
                List<String> domains = n.get("domains").map(ConfigNode::asStrings).orElse(List.of());
                for (String d : domains) {
                    if (!DOMAIN.matcher(d).matches()) {
                        throw n.require("domains").error("'" + d + "' is not a lower-case domain name");
                    }
                }
                Outlet o = new Outlet(e.id(), name, n.requireString("outlet_kind"), n.string("country", null),
                        aliases, domains, n.get("agency").map(ConfigNode::asBoolean).orElse(false),
                        n.get("platform").map(ConfigNode::asBoolean).orElse(false), e.rationale());
                byId.put(e.id(), o);
                caseSensitive.put(e.id(), !"insensitive".equals(n.string("case", "sensitive")));
            }
        }
        PhraseIndex<Outlet> index = new PhraseIndex<>();
        for (Outlet o : byId.values()) {
            for (String a : o.aliases()) {
                index.add(new PhraseSpec(List.of(a), org.slant.lexicon.Inflector.Rule.NONE,
                        caseSensitive.get(o.id())), o);
            }
        }
        return new OutletRegistry(new ArrayList<>(byId.values()), index);
    }

    @Override
    public Set<String> fired(OutletRegistry registry, String example) {
        Set<String> out = new TreeSet<>();
        for (PhraseIndex.Match<Outlet> m : registry.mentions(Tokenizer.tokenize(example), example)) {
            out.add(m.payload().id());
        }
        java.util.regex.Matcher host = Pattern.compile("(?:https?://|www\\.|@)([A-Za-z0-9.-]+\\.[A-Za-z]{2,})")
                .matcher(example);
        while (host.find()) {
            registry.byHost(host.group(1)).ifPresent(o -> out.add(o.id()));
        }
        return out;
    }

    @Override
    public String explain(OutletRegistry registry, String term) {
        return registry.byName(term).map(o -> o.name() + " (" + o.kind()
                + (o.country() == null ? "" : ", " + o.country()) + "): " + o.rationale()
                + " Aliases: " + String.join(", ", o.aliases())
                + (o.domains().isEmpty() ? "" : ". Domains: " + String.join(", ", o.domains()))).orElse(null);
    }
}
