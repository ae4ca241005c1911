package org.slant.check;

import org.slant.compare.Comparison;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.Lexicons;
import org.slant.pipeline.Extractor;
import org.slant.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a policy or a suppression marker may use, all taken from what the pipeline declares: metrics
 * ({@link Extractor#metrics()}, with {@code *} standing for one name part, and {@link Comparison#METRICS}),
 * finding kinds ({@code extractor.category} from {@link Extractor#categories()}), extractor ids, and rule ids
 * (every lexicon entry id of every kind, plus {@link Extractor#rules()}). Nothing here is specific to one
 * extractor: a new stage is covered as soon as it declares its names.
 */
public final class Vocabulary {

    /** What a finding selector names. */
    public enum Kind { RULE, CATEGORY, EXTRACTOR }

    private final List<String[]> metricPatterns = new ArrayList<>();
    private final Set<String> metricNames = new TreeSet<>();
    private final Set<String> categories = new TreeSet<>();
    private final Set<String> extractors = new TreeSet<>();
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final List<String> silent = new ArrayList<>();

    private Vocabulary() {
    }

    public static Vocabulary of(Pipeline pipeline, Lexicons lexicons) {
        Vocabulary v = new Vocabulary();
        for (Extractor e : pipeline.stages()) {
            v.extractors.add(e.id());
            e.metrics().forEach(v::addMetric);
            e.categories().forEach(c -> v.categories.add(e.id() + "." + c));
            e.rules().forEach(r -> v.rules.putIfAbsent(r, ""));
            if (e.metrics().isEmpty() && e.categories().isEmpty() && e.rules().isEmpty()) {
                v.silent.add(e.id());
            }
        }
        Comparison.METRICS.forEach(v::addMetric);
        for (LexiconFile f : lexicons.files()) {
            for (LexiconEntry entry : f.entries()) {
                v.rules.put(entry.id(), entry.rationale());
            }
        }
        return v;
    }

    private void addMetric(String name) {
        metricNames.add(name);
        metricPatterns.add(name.split("\\.", -1));
    }

    /** Whether a metric of this exact name can exist (declared as such or through a {@code *} pattern). */
    public boolean isMetric(String name) {
        String[] parts = name.split("\\.", -1);
        for (String[] p : metricPatterns) {
            if (p.length == parts.length && partsMatch(p, parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partsMatch(String[] pattern, String[] parts) {
        for (int i = 0; i < pattern.length; i++) {
            if (parts[i].isEmpty() || parts[i].contains("*") || !(pattern[i].equals("*") || pattern[i].equals(parts[i]))) {
                return false;
            }
        }
        return true;
    }

    /** What a selector names: a rule id, a finding kind or an extractor id; null when none. */
    public Kind kindOf(String name) {
        if (categories.contains(name)) {
            return Kind.CATEGORY;
        }
        if (extractors.contains(name)) {
            return Kind.EXTRACTOR;
        }
        if (rules.containsKey(name)) {
            return Kind.RULE;
        }
        return null;
    }

    /** The rule's one-line rationale from its lexicon entry ("" for structural rules; null if unknown). */
    public String rationale(String rule) {
        return rules.get(rule);
    }

    /** Declared metric names (with {@code *} patterns), sorted. */
    public Set<String> metrics() {
        return Collections.unmodifiableSet(metricNames);
    }

    public Set<String> categories() {
        return Collections.unmodifiableSet(categories);
    }

    public Set<String> extractors() {
        return Collections.unmodifiableSet(extractors);
    }

    public Set<String> rules() {
        return Collections.unmodifiableSet(rules.keySet());
    }

    /**
     * Stages that declare no metric, category or rule at all. A policy cannot name anything of theirs, and
     * their findings are checked only through severities of the stage id itself; the command warns about
     * them so that a missing declaration is seen rather than silently tolerated.
     */
    public List<String> silentStages() {
        return List.copyOf(silent);
    }

    /** Up to three known names close to an unknown one, for "did you mean" hints. */
    public List<String> nearMetrics(String name) {
        return near(name, metricNames);
    }

    public List<String> nearSelectors(String name) {
        Set<String> all = new LinkedHashSet<>(categories);
        all.addAll(extractors);
        all.addAll(rules.keySet());
        return near(name, all);
    }

    static List<String> near(String name, Set<String> known) {
        int limit = Math.max(2, name.length() / 4);
        List<Map.Entry<String, Integer>> scored = new ArrayList<>();
        for (String k : known) {
            if (Math.abs(k.length() - name.length()) > limit) {
                continue;
            }
            int d = distance(name, k, limit);
            if (d <= limit) {
                scored.add(Map.entry(k, d));
            }
        }
        scored.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return scored.stream().limit(3).map(Map.Entry::getKey).toList();
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
