package org.slant.ingest;

import com.google.re2j.Pattern;
import org.slant.model.OutletEvidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Infers the outlet that published an article from the text alone, when no manifest says it. Clues, each
 * with a weight: an "Original url:" line (5); "The original source of this article is X" (4); "X
 * understands / has learned / can reveal" (3); copyright and "Published by" lines (3); "Try X", "All X
 * articles", "X's Daily Newsletter", "Become a Member of X" and a "X, April 12, 2024" dateline (2); "told X"
 * where X is a known news agency (2) or another known outlet (1); a byline naming a known agency (2) or
 * outlet (1);
 * web and e-mail domains (1 each, at most 2 per domain). Names that point to the same outlet (alias,
 * domain, spelling) are merged; the best total of at least {@value #THRESHOLD} wins, otherwise the outlet
 * is unknown. Patterns run on RE2 (linear time: the text is untrusted), and only in the few lines around a
 * word each clue needs ({@link ClueWindows}).
 */
public final class OutletInference {

    static final int THRESHOLD = 2;

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*";
    private static final String NAME = "((?:[Tt]he\\s+)?" + NAME_WORD + "(?:[ \\t]+(?:of[ \\t]+|the[ \\t]+|and[ \\t]+|&[ \\t]+)?"
            + NAME_WORD + "){0,4})";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

    /**
     * A clue's pattern, and the literal words it cannot match without ({@code ignoreCase}: ASCII case
     * ignored, words in lower case; {@code lineStart}: the words must begin a line): the pattern runs only
     * in the windows around them ({@link ClueWindows}), and only around the words that pass {@code follow}
     * ({@link ClueChecks}). {@code wordStart}: a match must begin where a word may (the pattern's leading
     * {@code \b}, checked outside it).
     */
    private record Clue(Pattern pattern, boolean ignoreCase, boolean lineStart, List<String> words,
                        ClueWindows.Follow follow, boolean wordStart) {

        Clue(Pattern pattern, boolean ignoreCase, boolean lineStart, List<String> words) {
            this(pattern, ignoreCase, lineStart, words, null, false);
        }

        Clue(Pattern pattern, boolean ignoreCase, List<String> words, ClueWindows.Follow follow) {
            this(pattern, ignoreCase, false, words, follow, false);
        }

        void find(ClueWindows w, java.util.function.Consumer<ClueWindows.Match> out) {
            if (lineStart) {
                w.findAtLineStart(pattern, words, out);
            } else {
                w.find(pattern, ignoreCase, words, follow, wordStart, out);
            }
        }
    }

    private record Rule(String kind, Clue clue, int weight, boolean needsRegistry) {
    }

    private static final List<String> MONTH_WORDS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");

    private static final List<Rule> NAME_RULES = List.of(
            new Rule("original_source", new Clue(Pattern.compile("(?i:original\\s+source\\s+of\\s+this\\s+article\\s+is)\\s+\\[?"
                    + NAME), true, false, List.of("original")), 4, false),
            new Rule("self_mention", new Clue(Pattern.compile(NAME + "\\s+(?:understands|has\\s+learned|has\\s+learnt"
                    + "|can\\s+reveal|can\\s+disclose|has\\s+established|has\\s+obtained)\\b"), false,
                    List.of("understands", "learned", "learnt", "reveal", "disclose", "established", "obtained"),
                    ClueChecks::selfMention), 3, false),
            new Rule("promo", new Clue(Pattern.compile("\\b(?:Try|Subscribe\\s+to|Support|Become\\s+a\\s+[Mm]ember\\s+of|Donate\\s+to)"
                    + "\\s+\\[?" + NAME), false, false, List.of("Try", "Subscribe", "Support", "Become", "Donate")), 2, false),
            new Rule("promo", new Clue(Pattern.compile("\\bAll\\s+" + NAME + "\\s+articles\\b"), false, false,
                    List.of("articles")), 2, false),
            new Rule("promo", new Clue(Pattern.compile(NAME + "(?:'s|’s)\\s+(?:Daily\\s+|Weekly\\s+)?[Nn]ewsletter"), false, false,
                    List.of("ewsletter")), 2, false),
            new Rule("dateline", new Clue(Pattern.compile("(?m)^[ \\t]*" + NAME + ",[ \\t]+" + MONTH
                    + "\\.?[ \\t]+\\d{1,2},[ \\t]+\\d{4}"), false, MONTH_WORDS, ClueChecks::dateline), 2, false),
            new Rule("told", new Clue(Pattern.compile("told\\s+" + NAME), false, false, List.of("told"),
                    ClueChecks::nameFollows, true), 1, true),
            new Rule("byline", new Clue(Pattern.compile("(?m)^[ \\t]*[Bb]y:?[ \\t]+\\[?" + NAME), false, true,
                    List.of("By", "by")), 1, true));

    private static final Clue ORIGINAL_URL = new Clue(Pattern.compile(
            "(?i)(?:original(?:ly)?[ \\t]+(?:url|source|link|article)|source[ \\t]+url|canonical(?:[ \\t]+url)?)"
                    + "[ \\t]*:?\\s{0,20}<?[ \\t]*(https?://([A-Za-z0-9.\\-]+)[^\\s>)\\]]*)"), true,
            List.of("original", "canonical", "url"), ClueChecks::addressFollows);
    private static final Clue COPYRIGHT = new Clue(Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)[ \\t]*(?:©[ \\t]*)?([^\\n]{1,160})"), true, false, List.of("©", "(c)", "copyright"));
    private static final Clue PUBLISHED_BY = new Clue(Pattern.compile(
            "(?i)\\bpublished[ \\t]+by[ \\t]*:?[ \\t]*\\n?[ \\t]*([^\\n]{1,80})"), true, List.of("published"),
            ClueChecks::byFollows);
    private static final Clue HOST = new Clue(Pattern.compile(
            "(?i)(?:https?://|\\bwww\\.|[A-Za-z0-9._%+\\-]@)([A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,})"), true, false,
            List.of("http", "www.", "@"));
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]{0,200})\\]\\([^)\\n]{0,500}\\)");
    private static final Pattern PUBLICATION_WORD = Pattern.compile(
            "(?i)\\b(?:times|post|news|daily|herald|journal|telegraph|guardian|gazette|tribune|review|express|mail"
                    + "|independent|observer|press|media|agency|radio|tv|television|magazine|chronicle|monitor|star"
                    + "|sun|mirror|standard|report|insider|wire|today|research)\\b");

    private final OutletRegistry registry;

    public OutletInference(OutletRegistry registry) {
        this.registry = registry;
    }

    /** The registry the clues' names are looked up in. */
    public OutletRegistry registry() {
        return registry;
    }

    /** The inferred outlet name, its kind when the registry knows it, and the evidence for it. */
    public record Result(Optional<String> outlet, String kind, List<OutletEvidence> evidence) {
    }

    private static final class Candidate {
        final String key;
        final Map<String, Integer> names = new LinkedHashMap<>();
        Outlet outlet;
        int score;
        int firstOffset = Integer.MAX_VALUE;
        final List<OutletEvidence> evidence = new ArrayList<>();
        final Map<String, Integer> perDomain = new HashMap<>();

        Candidate(String key) {
            this.key = key;
        }
    }

    /**
     * The candidates in the order first seen, and for those a known outlet names, the candidate by the key of
     * that outlet's name: an unknown name merges with it by one lookup (looking through every candidate was
     * quadratic in a text of many distinct names).
     */
    private static final class Candidates extends LinkedHashMap<String, Candidate> {
        final Map<String, String> byOutletName = new HashMap<>();
    }

    public Result infer(String raw) {
        Candidates candidates = new Candidates();
        ClueWindows w = new ClueWindows(raw);
        ORIGINAL_URL.find(w, m -> {
            String host = m.group(2);
            add(candidates, nameForHost(host), registry.byHost(host), 5, "original_url", m.start(), m.end(), raw);
        });
        for (Rule r : NAME_RULES) {
            r.clue().find(w, rm -> nameClue(r, rm, candidates, raw));
        }
        COPYRIGHT.find(w, m -> copyright(m, raw, candidates));
        PUBLISHED_BY.find(w, pm -> {
            String name = clean(pm.group(1));
            if (!name.isEmpty() && words(name) <= 5) {
                Optional<Outlet> known = registry.byName(name);
                add(candidates, known.map(Outlet::name).orElse(name), known, 3, "published_by", pm.start(), pm.end(), raw);
            }
        });
        HOST.find(w, hm -> {
            String host = hm.group(1).toLowerCase(Locale.ROOT);
            Optional<Outlet> known = registry.byHost(host);
            if (known.isEmpty() || !known.get().platform()) {
                add(candidates, known.map(Outlet::name).orElse(nameForHost(host)), known, 1, "domain", hm.start(1), hm.end(1), raw);
            }
        });
        Candidate best = candidates.values().stream()
                .max(Comparator.comparingInt((Candidate c) -> c.score)
                        .thenComparing(c -> -c.firstOffset))
                .orElse(null);
        if (best == null || best.score < THRESHOLD) {
            return new Result(Optional.empty(), null, best == null ? List.of() : best.evidence);
        }
        String name = best.outlet != null ? best.outlet.name() : displayName(best);
        List<OutletEvidence> evidence = best.evidence.stream()
                .sorted(Comparator.comparingInt(OutletEvidence::start).thenComparing(OutletEvidence::kind)).toList();
        return new Result(Optional.of(name), best.outlet == null ? null : best.outlet.kind(), evidence);
    }

    private void nameClue(Rule r, ClueWindows.Match rm, Candidates candidates, String raw) {
        String name = clean(rm.group(1));
        Optional<Outlet> known = registry.byName(name);
        if (known.isEmpty()) {
            known = longestKnownPrefix(name);
        }
        if (r.needsRegistry() && known.isEmpty()) {
            return;
        }
        if (known.isPresent() && known.get().platform()) {
            return;
        }
        int weight = r.weight();
        if ((r.kind().equals("told") || r.kind().equals("byline")) && known.isPresent() && known.get().agency()) {
            weight = 2; // agency copy names the agency: "told AFP", "By Reuters"
        }
        if (known.isEmpty() && r.kind().equals("self_mention") && !looksLikePublication(name)) {
            return; // "Moscow understands": a government, not a publisher
        }
        add(candidates, known.map(Outlet::name).orElse(name), known, weight, r.kind(), rm.start(1), rm.end(1), raw);
    }

    private void copyright(ClueWindows.Match m, String raw, Candidates candidates) {
        String line = MD_LINK.matcher(m.group(1)).replaceAll("$1");
        line = line.replaceAll("(?i)all\\s+rights\\s+reserved.*", "");
        List<String> parts = new ArrayList<>();
        for (String p : line.split("[,|;]")) {
            String c = clean(p.replaceAll("\\b(?:19|20)\\d\\d\\b", "").replaceAll("[-–—]", " "));
            if (!c.isEmpty() && words(c) <= 5 && !c.matches("(?i)the|by|inc|ltd|llc")) {
                parts.add(c);
            }
        }
        // "© 2024 Jane Doe, The Daily Bugle": the organisation usually comes last
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i);
            Optional<Outlet> known = registry.byName(name);
            int weight = i == parts.size() - 1 ? 3 : 1;
            add(candidates, known.map(Outlet::name).orElse(name), known, weight, "copyright", m.start(), m.end(), raw);
        }
    }

    private Optional<Outlet> longestKnownPrefix(String name) {
        String[] w = name.split("\\s+");
        for (int k = w.length - 1; k >= 1; k--) {
            Optional<Outlet> o = registry.byName(String.join(" ", java.util.Arrays.copyOf(w, k)));
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    private void add(Candidates candidates, String name, Optional<Outlet> known, int weight, String kind,
                     int start, int end, String raw) {
        String key = known.map(o -> "@" + o.id())
                .orElse(kind.equals("domain") || kind.equals("original_url") ? siteLabel(name) : OutletRegistry.key(name));
        if (key.isEmpty()) {
            return;
        }
        // an unknown name merges with a known outlet whose name or domain gives the same key
        if (known.isEmpty()) {
            key = candidates.byOutletName.getOrDefault(key, key);
        }
        Candidate c = candidates.computeIfAbsent(key, Candidate::new);
        if (known.isPresent()) {
            c.outlet = known.get();
            candidates.byOutletName.putIfAbsent(OutletRegistry.key(c.outlet.name()), c.key);
        }
        if (kind.equals("domain")) {
            int seen = c.perDomain.merge(name, 1, Integer::sum);
            if (seen > 2) {
                return;
            }
        }
        c.score += weight;
        c.names.merge(name, weight, Integer::sum);
        c.firstOffset = Math.min(c.firstOffset, start);
        int e = end;
        while (e > start + 1 && ".,;:!?".indexOf(raw.charAt(e - 1)) >= 0) {
            e--;
        }
        c.evidence.add(new OutletEvidence(kind, known.map(Outlet::name).orElse(name), start, e, raw.substring(start, e)));
    }

    /** "globalresearch.ca" gives "globalresearch": the registrable label, to merge with "Global Research". */
    private static String nameForHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        return h;
    }

    /** "news.dailybugle.co.uk" gives "dailybugle", to merge a site's domain with its written name. */
    static String siteLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int last = labels.length - 2; // drop the top-level domain
        if (last > 0 && labels[last].length() <= 3 && java.util.Set.of("co", "com", "org", "net", "gov", "ac", "edu")
                .contains(labels[last])) {
            last--;
        }
        return last >= 0 ? OutletRegistry.key(labels[last]) : OutletRegistry.key(host);
    }

    private static String displayName(Candidate c) {
        // prefer a written name over a domain; then the heaviest
        return c.names.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().contains(".") ? 1 : 0)
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse(c.key);
    }

    private static boolean looksLikePublication(String name) {
        return name.startsWith("The ") || PUBLICATION_WORD.matcher(name).find();
    }

    private static String clean(String s) {
        String t = MD_LINK.matcher(s).replaceAll("$1").replaceAll("[\\[\\]*_#<>]", " ").strip();
        t = t.replaceAll("[\\s.,:;!?]+$", "").replaceAll("\\s+", " ");
        return t.strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }
}
