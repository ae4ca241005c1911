package org.slant.compare;

import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the coverage table: facts of every article grouped into rows (numbers of one unit within 10% of
 * each other, the same date, the same name, the same or a contained quotation), each cell saying whether
 * the article carries the fact as the table's label words it, in a different form, or not at all; and
 * each article's omissions: facts most of the others carry that it does not.
 */
public final class Coverage {

    /** Numbers of one unit this close (relative) are one fact told differently: 140 and 144 people. */
    static final double NUMBER_TOLERANCE = 0.10;
    /** Sources of attribution findings, to name who said a quoted statement. */
    private static final Set<String> SOURCE_TYPES = Set.of("named", "institution", "anonymous", "self", "media");

    /**
     * The table, its columns (articles, or outlets when the set is large) and the omissions per column.
     *
     * @param columns "articles" or "outlets"
     */
    public record Result(String columns, List<CoverageRow> rows, Map<String, List<String>> omissions) {
    }

    /** Above this many articles the table's columns are outlets. */
    static final int ARTICLE_COLUMNS_LIMIT = 50;

    private Coverage() {
    }

    public static Result build(List<ArticleResult> results) {
        int n = results.size();
        List<List<Fact>> facts = new ArrayList<>();
        for (ArticleResult r : results) {
            facts.add(Facts.of(r));
        }
        // group: row key -> per article the facts that belong to it
        Map<String, Map<Integer, List<Fact>>> groups = new TreeMap<>();
        groupNumbers(facts, groups);
        groupSimple(facts, groups, "date");
        groupEntities(facts, groups);
        groupQuotes(facts, groups);

        // columns: one per article, or one per outlet for a large set
        boolean byArticle = n <= ARTICLE_COLUMNS_LIMIT;
        List<String> columns = new ArrayList<>();
        int[] columnOf = new int[n];
        Map<String, Integer> index = new TreeMap<>();
        if (byArticle) {
            for (int a = 0; a < n; a++) {
                columns.add(results.get(a).id());
                columnOf[a] = a;
            }
        } else {
            results.forEach(r -> index.putIfAbsent(r.article().meta().outlet(), 0));
            index.replaceAll((k, v) -> columns.size() + new ArrayList<>(index.keySet()).indexOf(k));
            columns.addAll(index.keySet());
            for (int a = 0; a < n; a++) {
                columnOf[a] = index.get(results.get(a).article().meta().outlet());
            }
        }
        int[] columnSize = new int[columns.size()];
        for (int a = 0; a < n; a++) {
            columnSize[columnOf[a]]++;
        }
        int minCarriers = Math.max(2, (int) Math.ceil(n * 0.05));
        List<CoverageRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, List<Fact>>> g : groups.entrySet()) {
            if (g.getValue().size() < minCarriers) {
                continue;
            }
            rows.add(row(g.getKey(), g.getValue(), results, byArticle, columns, columnOf, columnSize));
        }
        rows.sort(Comparator.comparingInt((CoverageRow r) -> kindOrder(r.kind()))
                .thenComparing(r -> -r.carriers())
                .thenComparing(CoverageRow::id));
        Map<String, List<String>> omissions = new LinkedHashMap<>();
        int cols = columns.size();
        for (String col : columns) {
            List<String> missing = new ArrayList<>();
            // "most of the others": more than half of them, and at least two
            int needed = Math.max(2, (cols - 1) / 2 + 1);
            for (CoverageRow row : rows) {
                CoverageRow.Cell cell = row.cells().get(col);
                if (cell.status().equals(CoverageRow.Cell.ABSENT) && row.carriers() >= needed) {
                    missing.add(row.id());
                }
            }
            omissions.put(col, missing);
        }
        return new Result(byArticle ? "articles" : "outlets", rows, omissions);
    }

    private static int kindOrder(String kind) {
        return switch (kind) {
            case "number" -> 0;
            case "date" -> 1;
            case "quote" -> 2;
            default -> 3;
        };
    }

    /** Numbers: same unit, values within the tolerance of the group's first value. */
    private static void groupNumbers(List<List<Fact>> facts, Map<String, Map<Integer, List<Fact>>> groups) {
        Map<String, List<int[]>> byUnit = new TreeMap<>(); // unit -> (article, fact index)
        for (int a = 0; a < facts.size(); a++) {
            for (int k = 0; k < facts.get(a).size(); k++) {
                Fact f = facts.get(a).get(k);
                if (f.kind().equals("number")) {
                    byUnit.computeIfAbsent(f.key(), x -> new ArrayList<>()).add(new int[]{a, k});
                }
            }
        }
        for (Map.Entry<String, List<int[]>> u : byUnit.entrySet()) {
            List<int[]> items = new ArrayList<>(u.getValue());
            items.sort(Comparator.comparingDouble((int[] x) -> facts.get(x[0]).get(x[1]).value())
                    .thenComparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
            double anchor = Double.NaN;
            String key = null;
            for (int[] x : items) {
                Fact f = facts.get(x[0]).get(x[1]);
                if (key == null || Math.abs(f.value() - anchor) > NUMBER_TOLERANCE * Math.max(Math.abs(anchor), 1e-9)) {
                    anchor = f.value();
                    key = "number:" + u.getKey() + ":" + Facts.formatValue(anchor);
                }
                groups.computeIfAbsent(key, z -> new TreeMap<>()).computeIfAbsent(x[0], z -> new ArrayList<>()).add(f);
            }
        }
    }

    private static void groupSimple(List<List<Fact>> facts, Map<String, Map<Integer, List<Fact>>> groups, String kind) {
        for (int a = 0; a < facts.size(); a++) {
            for (Fact f : facts.get(a)) {
                if (f.kind().equals(kind)) {
                    groups.computeIfAbsent(kind + ":" + f.key(), z -> new TreeMap<>())
                            .computeIfAbsent(a, z -> new ArrayList<>()).add(f);
                }
            }
        }
    }

    /**
     * Names: multi-word names by their words; a single-word mention ("Shoigu") joins the one multi-word
     * name of the set that ends with it ("sergei shoigu"), and is dropped when there is none or several.
     */
    private static void groupEntities(List<List<Fact>> facts, Map<String, Map<Integer, List<Fact>>> groups) {
        Map<String, Set<String>> byLastWord = new HashMap<>();
        Map<String, Set<Integer>> carriers = new HashMap<>();
        for (int a = 0; a < facts.size(); a++) {
            for (Fact f : facts.get(a)) {
                if (f.kind().equals("entity")) {
                    String last = f.key().substring(f.key().lastIndexOf(' ') + 1);
                    byLastWord.computeIfAbsent(last, z -> new TreeSet<>()).add(f.key());
                    carriers.computeIfAbsent(f.key(), z -> new TreeSet<>()).add(a);
                }
            }
        }
        for (int a = 0; a < facts.size(); a++) {
            for (Fact f : facts.get(a)) {
                String key = null;
                if (f.kind().equals("entity")) {
                    key = f.key();
                } else if (f.kind().equals("name") && !abbreviation(f.text())) {
                    // "Mr Macron" is "Emmanuel Macron"; an abbreviation ("UN") never joins a name by its last
                    // word ("Kim Jong Un")
                    key = fullName(byLastWord.get(f.key()), carriers);
                }
                if (key != null) {
                    groups.computeIfAbsent("entity:" + key, z -> new TreeMap<>())
                            .computeIfAbsent(a, z -> new ArrayList<>()).add(f);
                }
            }
        }
        // a longer name holds a shorter one as a form of it: "Islamic State Khorasan Province" carries
        // "Islamic State" (in another form), so the article is not said to omit it
        for (int a = 0; a < facts.size(); a++) {
            for (Fact f : facts.get(a)) {
                if (!f.kind().equals("entity")) {
                    continue;
                }
                String[] w = f.key().split(" ");
                for (int from = 0; from < w.length; from++) {
                    for (int to = from + 2; to <= w.length; to++) {
                        if (to - from == w.length) {
                            continue;
                        }
                        String inner = String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
                        Map<Integer, List<Fact>> g = groups.get("entity:" + inner);
                        if (g != null && carriers.containsKey(inner) && !g.containsKey(a)) {
                            g.put(a, new ArrayList<>(List.of(f)));
                        }
                    }
                }
            }
        }
    }

    /**
     * The multi-word name a single-word mention stands for: the only one ending with it, or, when several do
     * ("Emmanuel Macron" in four articles, "says Macron" from one headline), the one more articles carry than
     * any other, if at least two carry it; null when that does not decide.
     */
    private static String fullName(Set<String> candidates, Map<String, Set<Integer>> carriers) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (String c : candidates) {
            int n = carriers.getOrDefault(c, Set.of()).size();
            if (n > bestCount) {
                best = c;
                bestCount = n;
                tie = false;
            } else if (n == bestCount) {
                tie = true;
            }
        }
        return tie || bestCount < 2 ? null : best;
    }

    /** Written in capitals ("UN", "U.S."): an abbreviation, not a surname. */
    static boolean abbreviation(String surface) {
        String w = surface.replace(".", "");
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Quotations: two quotations are one statement when the shorter one's words appear, in order and
     * together, inside the longer one ("bizarre and threatening" inside "The comments ... were bizarre and
     * threatening"). Candidates come from shared word trigrams, so not every pair is compared.
     */
    private static void groupQuotes(List<List<Fact>> facts, Map<String, Map<Integer, List<Fact>>> groups) {
        List<Fact> quotes = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int a = 0; a < facts.size(); a++) {
            for (Fact f : facts.get(a)) {
                if (f.kind().equals("quote")) {
                    quotes.add(f);
                    owner.add(a);
                }
            }
        }
        int[] parent = new int[quotes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byTrigram = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            String[] w = quotes.get(i).key().split(" ");
            Set<Integer> candidates = new TreeSet<>();
            for (int k = 0; k + 3 <= w.length; k++) {
                String tri = w[k] + " " + w[k + 1] + " " + w[k + 2];
                List<Integer> posting = byTrigram.computeIfAbsent(tri, z -> new ArrayList<>());
                candidates.addAll(posting);
                if (posting.size() < 16) {
                    posting.add(i);
                }
            }
            for (int j : candidates) {
                if (contains(quotes.get(i).key(), quotes.get(j).key())) {
                    union(parent, i, j);
                }
            }
        }
        // name each group by its shortest member's words (the part every form shares)
        Map<Integer, String> rootKey = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            int r = find(parent, i);
            String k = quotes.get(i).key();
            String cur = rootKey.get(r);
            if (cur == null || k.length() < cur.length() || k.length() == cur.length() && k.compareTo(cur) < 0) {
                rootKey.put(r, k);
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            String key = "quote:" + shortKey(rootKey.get(find(parent, i)));
            groups.computeIfAbsent(key, z -> new TreeMap<>()).computeIfAbsent(owner.get(i), z -> new ArrayList<>())
                    .add(quotes.get(i));
        }
    }

    /** A readable, stable id for a quotation: its first words and a hash of all of them. */
    static String shortKey(String words) {
        String[] w = words.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(6, w.length); i++) {
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(w[i].replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        if (w.length > 6) {
            b.append('-').append(String.format(java.util.Locale.ROOT, "%08x", (int) MinHash.hash(words)));
        }
        return b.toString();
    }

    private static boolean contains(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static CoverageRow row(String id, Map<Integer, List<Fact>> byArticle, List<ArticleResult> results,
                                   boolean articleColumns, List<String> columns, int[] columnOf, int[] columnSize) {
        String kind = id.substring(0, id.indexOf(':'));
        // the label: the form carried by the most articles (ties: the shorter, then alphabetical)
        Map<String, Integer> formCount = new TreeMap<>();
        Map<String, String> formText = new HashMap<>();
        for (List<Fact> fs : byArticle.values()) {
            Set<String> forms = new TreeSet<>();
            for (Fact f : fs) {
                forms.add(f.form());
                formText.putIfAbsent(f.form(), f.text());
            }
            forms.forEach(x -> formCount.merge(x, 1, Integer::sum));
        }
        String label = formCount.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse("");
        int[] carriers = new int[columns.size()];
        boolean[] same = new boolean[columns.size()];
        List<List<TextSpan>> forms = new ArrayList<>();
        columns.forEach(c -> forms.add(new ArrayList<>()));
        Set<String> speakers = new TreeSet<>();
        for (Map.Entry<Integer, List<Fact>> e : byArticle.entrySet()) {
            int col = columnOf[e.getKey()];
            carriers[col]++;
            List<Fact> fs = e.getValue();
            same[col] |= fs.stream().anyMatch(f -> f.form().equals(label));
            if (articleColumns) {
                fs.forEach(f -> forms.get(col).add(new TextSpan(f.start(), f.end(), f.text())));
            }
            if (kind.equals("quote")) {
                for (Fact f : fs) {
                    speakers.addAll(speakersOf(results.get(e.getKey()), f));
                }
            }
        }
        Map<String, CoverageRow.Cell> cells = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String status = carriers[c] == 0 ? CoverageRow.Cell.ABSENT
                    : same[c] ? CoverageRow.Cell.PRESENT : CoverageRow.Cell.DIFFERENT;
            double share = Reuse.round((double) carriers[c] / Math.max(1, columnSize[c]));
            cells.put(columns.get(c), new CoverageRow.Cell(status, share, forms.get(c)));
        }
        // show the label as one article wrote it, not in its normalised form
        return new CoverageRow(id, kind, formText.getOrDefault(label, label), new ArrayList<>(speakers), cells);
    }

    /** Speakers attribution gave to findings whose content holds the quotation. */
    private static Set<String> speakersOf(ArticleResult r, Fact f) {
        Set<String> out = new TreeSet<>();
        for (Finding x : r.findings()) {
            if (!x.extractor().equals("attribution") || !SOURCE_TYPES.contains(x.category())) {
                continue;
            }
            if (x.attrs() instanceof Attrs.Attribution a && a.speaker() != null && !a.speaker().isBlank()
                    && a.content() != null && a.content().start() <= f.start() && a.content().end() >= f.end()) {
                out.add(a.speaker());
            }
        }
        return out;
    }
}
