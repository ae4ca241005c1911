package org.slant.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed registry of rule ids ({@code src/test/resources/rule-ids.txt}): every rule and lexicon entry
 * id Slant can emit, one a line, and {@code old -> new} for an id that was retired in favour of another.
 * Policies, baselines and suppression markers name these ids, so an id may be added or deprecated with an
 * alias, never renamed or removed silently (as LanguageTool keeps its rule ids).
 *
 * @param ids         the live ids the registry lists
 * @param deprecated  retired id to the id that replaces it
 */
public record RuleIdRegistry(Set<String> ids, Map<String, String> deprecated) {

    static final String HEADER = """
            # Every rule and lexicon entry id Slant can emit (and a policy, baseline or suppression marker can name),
            # one a line. Ids are added, or deprecated with an alias, never renamed or removed silently:
            # to retire an id, replace its line with "old-id -> new-id", naming the id that takes its place.
            # RuleIdRegistryTest checks this list against the ids the code and the lexicons declare;
            # ./mvnw -q -pl core -am test -Dtest=RuleIdRegistryTest -Dids.update=true adds new ids (it removes none).
            """;

    public static RuleIdRegistry parse(String text) {
        Set<String> ids = new TreeSet<>();
        Map<String, String> deprecated = new TreeMap<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int arrow = l.indexOf("->");
            if (arrow < 0) {
                ids.add(l);
            } else {
                String old = l.substring(0, arrow).strip();
                String alias = l.substring(arrow + 2).strip();
                if (old.isEmpty() || alias.isEmpty()) {
                    throw new IllegalArgumentException("line " + n + ": write \"old-id -> new-id\", not \"" + l + "\"");
                }
                deprecated.put(old, alias);
            }
        }
        return new RuleIdRegistry(ids, deprecated);
    }

    /** What is wrong with the registry against the ids Slant has now; empty when nothing is. */
    public List<String> problems(Set<String> current) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (!current.contains(id)) {
                out.add("rule id '" + id + "' is in the registry but Slant no longer has it: rule ids are never "
                        + "removed or renamed silently; bring it back, or replace its line with '" + id
                        + " -> NEW-ID' naming the id that takes its place");
            }
        }
        for (Map.Entry<String, String> d : deprecated.entrySet()) {
            if (current.contains(d.getKey()) || ids.contains(d.getKey())) {
                out.add("rule id '" + d.getKey() + "' is deprecated (-> " + d.getValue() + ") but is live again: "
                        + "drop its deprecation line");
            } else if (resolve(d.getKey()) == null || !current.contains(resolve(d.getKey()))) {
                out.add("deprecated rule id '" + d.getKey() + "' points to '" + d.getValue()
                        + "', which is not an id Slant has (nor deprecated to one)");
            }
        }
        Set<String> unlisted = unlisted(current);
        if (!unlisted.isEmpty()) {
            out.add("rule ids Slant has that the registry does not list: " + unlisted + "; add them with "
                    + "./mvnw -q -pl core -am test -Dtest=RuleIdRegistryTest -Dids.update=true");
        }
        return out;
    }

    /** The live id a deprecated one stands for, following aliases; null on a loop. */
    public String resolve(String id) {
        String cur = id;
        Set<String> seen = new LinkedHashSet<>();
        while (deprecated.containsKey(cur)) {
            if (!seen.add(cur)) {
                return null;
            }
            cur = deprecated.get(cur);
        }
        return cur;
    }

    /** Current ids neither listed nor deprecated. */
    public Set<String> unlisted(Set<String> current) {
        Set<String> out = new TreeSet<>(current);
        out.removeAll(ids);
        out.removeAll(deprecated.keySet());
        return out;
    }

    /** The registry with these ids added (nothing is removed or changed). */
    public RuleIdRegistry adding(Set<String> added) {
        Set<String> all = new TreeSet<>(ids);
        all.addAll(added);
        return new RuleIdRegistry(all, deprecated);
    }

    /** The file's text: the header, then ids and deprecations in one sorted list. */
    public String write() {
        Map<String, String> lines = new TreeMap<>();
        ids.forEach(id -> lines.put(id, id));
        deprecated.forEach((old, alias) -> lines.put(old, old + " -> " + alias));
        StringBuilder b = new StringBuilder(HEADER);
        lines.values().forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }
}
