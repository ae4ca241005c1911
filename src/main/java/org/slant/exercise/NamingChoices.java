package org.slant.exercise;

import org.slant.extract.terminology.NamingSet;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.text.English;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Naming choices: how each outlet names contested things (Kiev or Kyiv, "invasion" or "military
 * operation"), in whose voice, and the convention each name follows. Built from the contested-naming
 * findings (their {@code set}, {@code variant} and {@code convention} attributes) and the lexicons'
 * convention descriptions.
 */
final class NamingChoices implements ExerciseKind {

    static final String ID = "naming";

    /** One use of a name: the article and the index of its finding. */
    private record Use(Page page, int finding) {
        Finding f() {
            return page.finding(finding);
        }
    }

    /** A contested set as this analysis uses it: variant to uses, in lexicon-id order. */
    private record SetUse(String id, TreeMap<String, List<Use>> variants) {
        int articles() {
            TreeSet<Integer> a = new TreeSet<>();
            variants.values().forEach(us -> us.forEach(u -> a.add(u.page().index)));
            return a.size();
        }

        List<Use> uses(Page p) {
            List<Use> out = new ArrayList<>();
            variants.values().forEach(us -> us.stream().filter(u -> u.page() == p).forEach(out::add));
            out.sort(Comparator.comparingInt(u -> u.f().start()));
            return out;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Naming choices";
    }

    @Override
    public Outcome make(Context c, int number) {
        if (c.pages.size() < 2) {
            return Outcome.skip("Only one article was analysed: this exercise compares how different outlets name "
                    + "the same things.");
        }
        Map<String, SetUse> sets = new TreeMap<>();
        boolean measured = false;
        for (Page p : c.pages) {
            measured |= p.hasMetric("contested_naming.narrator.count");
            for (int i : p.findings(0, p.raw.length(), f -> f.extractor().equals("terminology")
                    && f.category().equals("contested_naming"))) {
                Finding f = p.finding(i);
                TermAttrs.Naming n = naming(f);
                String set = n == null ? null : n.set();
                String variant = n == null ? null : n.variant();
                sets.computeIfAbsent(set == null ? f.rule() : set, k -> new SetUse(k, new TreeMap<>()))
                        .variants().computeIfAbsent(variant == null ? f.rule() : variant, k -> new ArrayList<>())
                        .add(new Use(p, i));
            }
        }
        if (sets.isEmpty()) {
            return Outcome.skip(measured
                    ? "No contested name (Kiev or Kyiv, “invasion” or “military operation”, and the like) was found "
                    + "in these articles."
                    : "The terminology extractor did not run, so no contested name was looked for.");
        }
        List<SetUse> ranked = new ArrayList<>(sets.values());
        ranked.sort(Comparator.comparingInt((SetUse s) -> -s.variants().size()).thenComparingInt(s -> -s.articles())
                .thenComparing(SetUse::id));
        int k = c.level.pick(2, 4);
        List<SetUse> contested = ranked.stream().filter(s -> s.variants().size() >= 2).toList();
        List<SetUse> chosen = new ArrayList<>(Context.sample(contested, k, c.random(ID)));
        for (SetUse s : ranked) {
            if (chosen.size() < k && !chosen.contains(s)) {
                chosen.add(s);
            }
        }
        chosen.sort(Comparator.comparingInt(ranked::indexOf));
        return Outcome.of(build(c, number, chosen));
    }

    private Exercise build(Context c, int number, List<SetUse> sets) {
        boolean intro = c.level.intro();
        int perArticle = c.level.pick(2, 3);
        List<Part> material = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Map<String, String> conventions = new LinkedHashMap<>(); // convention id -> description
        Map<String, String> conventionOf = new LinkedHashMap<>(); // variant name -> convention id
        List<Answer> conventionAnswers = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (SetUse s : sets) {
            List<String> names = new ArrayList<>();
            s.variants().forEach((variant, uses) -> names.add(surface(variant, uses)));
            columns.add(String.join("; ", names));
            List<Part.Para> paras = new ArrayList<>();
            for (Page p : c.pages) {
                // one quotation of each sentence, with every name of the set in it marked
                TreeMap<Integer, int[]> sentences = new TreeMap<>();
                for (Use u : pick(s.uses(p), perArticle)) {
                    int[] sent = p.sentence(u.f().start(), u.f().end(), 180);
                    sentences.putIfAbsent(sent[0], sent);
                }
                for (int[] sent : sentences.values()) {
                    List<Runs.Mark> marks = new ArrayList<>();
                    if (intro) {
                        for (Use u : s.uses(p)) {
                            if (u.f().start() >= sent[0] && u.f().end() <= sent[1]) {
                                marks.add(Runs.Mark.bold(u.f().start(), u.f().end(), null));
                            }
                        }
                    }
                    int block = p.blockAt(sent[0]);
                    List<Part.Run> runs = new ArrayList<>();
                    if (block >= 0 && sent[0] > p.blocks.get(block).start() && !endsSentenceBefore(p, sent[0])) {
                        runs.add(Part.Run.plain("… "));
                    }
                    runs.addAll(Runs.of(p.raw, sent[0], sent[1], marks));
                    paras.add(new Part.Para(p.outlet(), runs));
                }
            }
            NamingSet info = c.terms == null ? null : c.terms.set(s.id());
            String about = info == null || info.description() == null ? s.id() : info.description();
            String heading = English.capital(about.endsWith(".") ? about.substring(0, about.length() - 1) : about);
            material.add(Part.text(heading, "The names used: " + String.join("; ", names) + ".", paras));
            s.variants().forEach((variant, uses) -> {
                TermAttrs.Naming first = naming(uses.get(0).f());
                String conv = first == null ? null : first.convention();
                String name = surface(variant, uses);
                String desc = conv == null ? null : c.terms == null ? null : c.terms.convention(conv);
                if (conv != null) {
                    conventions.putIfAbsent(conv, desc == null ? conv : desc);
                    conventionOf.put(name, conv);
                }
                List<Evidence> ev = new ArrayList<>();
                uses.stream().limit(3).forEach(u -> ev.add(u.page().evidence(u.finding())));
                conventionAnswers.add(new Answer("“" + name + "”", conv == null ? "No convention recorded."
                        : "Convention: " + (desc == null ? Words.readable(conv) : desc), List.of("Used in "
                        + Words.plural((int) uses.stream().map(Use::page).distinct().count(), "article", "articles")
                        + " of this set."), ev));
            });
        }
        // the filled-in table and one answer per outlet and set
        List<List<Part.Cell>> keyRows = new ArrayList<>();
        List<List<Part.Cell>> blankRows = new ArrayList<>();
        for (Page p : c.pages) {
            List<Part.Cell> row = new ArrayList<>(List.of(Part.Cell.head(p.outlet())));
            List<Part.Cell> blank = new ArrayList<>(List.of(Part.Cell.head(p.outlet())));
            for (SetUse s : sets) {
                List<Use> uses = s.uses(p);
                blank.add(Part.Cell.space());
                if (uses.isEmpty()) {
                    row.add(Part.Cell.of("none"));
                    continue;
                }
                String summary = summary(s, uses);
                row.add(Part.Cell.of(summary));
                answers.add(new Answer(p.shown() + " (): " + String.join("; ",
                        s.variants().entrySet().stream().map(e -> surface(e.getKey(), e.getValue())).toList()), summary + ".",
                        List.of(), uses.stream().map(u -> p.evidence(u.finding())).toList()));
            }
            keyRows.add(row);
            blankRows.add(blank);
        }
        answers.addAll(conventionAnswers);
        List<String> headers = new ArrayList<>(List.of("Outlet"));
        headers.addAll(columns);
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, "For each outlet, write the name it uses for each thing, and whose words it is in: "
                + "own (the writer's), quoted (inside a quotation) or paraphrase (the writer's words for what someone "
                + "said). Write “none” if the outlet does not name it.", 0, new Part.Table(headers, blankRows)));
        List<String> letters = new ArrayList<>(conventions.keySet());
        letters = new ArrayList<>(Context.sample(letters, letters.size(), c.random(ID + ".conventions")));
        if (intro) {
            List<Part.Para> list = new ArrayList<>();
            for (int i = 0; i < letters.size(); i++) {
                list.add(Part.Para.plain("(" + (char) ('a' + i) + ")", conventions.get(letters.get(i))));
            }
            material.add(Part.text("Naming conventions", "Who uses which name, as style guides and official usage "
                    + "record it.", list));
            List<List<Part.Cell>> match = new ArrayList<>();
            conventionOf.keySet().forEach(name -> match.add(List.of(Part.Cell.head(name), Part.Cell.space())));
            tasks.add(new Task(2, "Match each name with the convention it follows: write its letter.", 0,
                    new Part.Table(List.of("Name", "Convention (letter)"), match)));
        } else {
            tasks.add(new Task(2, "What does each choice of name signal? Which names follow a government's usage, "
                    + "and which that of the international news agencies and style guides?", 5, null));
        }
        tasks.add(new Task(3, "Does any outlet use two different names for the same thing? In whose words is each, "
                + "and what might explain it?", 3, null));
        List<Part> keyParts = new ArrayList<>();
        keyParts.add(Part.table("The filled-in table", "“own” = the writer's words; “quoted” = inside a quotation; "
                + "“reported” = reported speech.", new Part.Table(headers, keyRows)));
        if (intro) {
            List<List<Part.Cell>> match = new ArrayList<>();
            for (Map.Entry<String, String> e : conventionOf.entrySet()) {
                int i = letters.indexOf(e.getValue());
                match.add(List.of(Part.Cell.head(e.getKey()), Part.Cell.of("(" + (char) ('a' + i) + ") "
                        + Words.clip(conventions.get(e.getValue()), 90))));
            }
            keyParts.add(Part.table("Names and conventions", null, new Part.Table(List.of("Name", "Convention"), match)));
        }
        List<String> hints = intro ? List.of("The names to look at are in bold.",
                "A name inside quotation marks is the speaker's choice, not the outlet's.") : List.of();
        Key key = new Key(Words.plural(sets.size(), "contested set of names", "contested sets of names") + " across "
                + Words.plural(c.pages.size(), "article", "articles") + ".", keyParts, answers,
                List.of("Names, variants and conventions come from Slant's contested-naming lexicons "
                        + "(lexicons/terminology/naming-*.yaml). A convention says who uses a name; using it does "
                        + "not make an outlet part of that side."));
        return new Exercise(ID, number, title(), "See that the names of places and events are choices that follow a "
                + "convention, and notice whose convention a text follows, in its own words or in a quotation.",
                c.level.pick(15, 25), List.of("Below are sentences from several outlets' articles about one event, "
                + "grouped by the thing they name."), hints, material, tasks, key);
    }

    private static boolean endsSentenceBefore(Page p, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(p.raw.charAt(i))) {
            i--;
        }
        return i < 0 || ".?!".indexOf(p.raw.charAt(i)) >= 0;
    }

    /** Up to {@code n} uses, one per variant and voice first, then by position. */
    private static List<Use> pick(List<Use> uses, int n) {
        List<Use> out = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Use u : uses) {
            if (out.size() < n && seen.add((naming(u.f()) == null ? null : naming(u.f()).variant()) + "|" + voice(u.f()))) {
                out.add(u);
            }
        }
        for (Use u : uses) {
            if (out.size() < n && !out.contains(u)) {
                out.add(u);
            }
        }
        out.sort(Comparator.comparingInt(u -> u.f().start()));
        return out;
    }

    /** "Kyiv: 3× own, 1× quoted (José Manuel Albares)". */
    private static String summary(SetUse s, List<Use> uses) {
        List<String> parts = new ArrayList<>();
        s.variants().forEach((variant, all) -> {
            TreeMap<String, Integer> voices = new TreeMap<>();
            uses.stream().filter(all::contains).forEach(u -> voices.merge(voice(u.f()), 1, Integer::sum));
            if (!voices.isEmpty()) {
                List<String> vs = new ArrayList<>();
                voices.forEach((v, n) -> vs.add(n + "× " + v));
                parts.add(surface(variant, all) + ": " + String.join(", ", vs));
            }
        });
        return String.join("; ", parts);
    }

    private static String voice(Finding f) {
        String speaker = f.attrs().speaker();
        String para = f.attrs() instanceof TermAttrs t ? t.paraphraseOf() : null;
        return switch (f.voice().id()) {
            case "narrator" -> para == null ? "own" : "paraphrase (" + para + ")";
            case "quoted" -> speaker == null ? "quoted" : "quoted (" + speaker + ")";
            case "reported" -> speaker == null ? "reported" : "reported (" + speaker + ")";
            default -> f.voice().id();
        };
    }

    /**
     * The name as written: the most common spelling when every use writes it alike ("Kyiv"), else its
     * spellings ("Islamic State Khorasan Province / ISIS-K").
     */
    private static String surface(String variant, List<Use> uses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        uses.forEach(u -> counts.merge(Words.oneLine(u.f().text()), 1, Integer::sum));
        Map<String, String> byKey = new LinkedHashMap<>();
        counts.keySet().forEach(x -> byKey.putIfAbsent(x.toLowerCase(java.util.Locale.ROOT), x));
        if (byKey.size() > 1) {
            return String.join(" / ", byKey.values().stream().limit(3).toList());
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? variant : best;
    }

    /** A contested name's set, variant and convention; null when the finding has none. */
    private static TermAttrs.Naming naming(Finding f) {
        return f.attrs() instanceof TermAttrs.Naming n ? n : null;
    }
}
