package org.slant.exercise;

import org.slant.lexicon.PhraseIndex;
import org.slant.ingest.Outlet;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Blind comparison: the opening paragraphs of several articles, outlet names removed, labelled A, B, C in a
 * seeded order; students rank them by how much the writer's own voice takes sides. The key reveals the
 * outlets and the measurements: loaded words, labels, scare quotes and hedges in the narrator's voice in
 * each excerpt (each a finding), and the whole article's rates (its metrics). Measurements, not verdicts.
 */
final class BlindComparison implements ExerciseKind {

    static final String ID = "blind";

    static final String MASK = "[name removed]";
    private static final Set<String> SIDES = Set.of("loaded", "label", "scare_quote");
    private static final Set<String> COUNTED = Set.of("loaded", "label", "scare_quote", "hedge");
    private static final List<String> WHOLE = List.of("loaded.narrator.per1k", "label.narrator.per1k",
            "scare_quote.narrator.per1k");

    private record Excerpt(Page page, List<Integer> blocks, int words, List<Integer> findings, double rate) {
        long count(String category) {
            return findings.stream().filter(i -> page.finding(i).category().equals(category)).count();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Blind comparison";
    }

    @Override
    public Outcome make(Context c, int number) {
        String none = c.noStory("a blind comparison needs two or more articles on one event to rank.");
        if (none != null) {
            return Outcome.skip(none);
        }
        if (c.storyPages.stream().noneMatch(p -> p.hasMetric("loaded.narrator.count"))) {
            return Outcome.skip("The terminology extractor did not run, so there are no measurements for the key.");
        }
        // candidates: articles whose opening gives an excerpt of 40 words or more, one per outlet when there are several
        int target = c.level.pick(150, 260);
        Map<String, List<Excerpt>> byOutlet = new TreeMap<>();
        for (Page p : c.storyPages) {
            if (p.hasMetric("loaded.narrator.count")) {
                Excerpt e = excerpt(p, target);
                if (e.words() >= 40) {
                    byOutlet.computeIfAbsent(p.outlet(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        var random = c.random(ID);
        List<Excerpt> pool = new ArrayList<>();
        if (byOutlet.size() >= 2) {
            byOutlet.values().forEach(es -> pool.add(Context.sample(es, 1, random).get(0)));
        } else {
            byOutlet.values().forEach(pool::addAll);
        }
        if (pool.size() < 2) {
            return Outcome.skip("Fewer than two articles open with 40 words or more of prose to compare.");
        }
        List<Excerpt> excerpts = Context.sample(pool, c.level.pick(3, 5), random);
        return Outcome.of(build(c, number, excerpts));
    }

    /**
     * The article's opening paragraphs of prose, up to about {@code target} words. Blocks that are not
     * sentences (a headline, a byline, a date line, a list of links) are passed over, so the excerpt reads as
     * the article's own text also when the boilerplate stage did not run.
     */
    private static Excerpt excerpt(Page p, int target) {
        List<Integer> blocks = new ArrayList<>();
        int words = 0;
        for (int b : p.contentBlocks()) {
            if (words >= target) {
                break;
            }
            int w = p.words(b);
            if (!prose(p, b, w)) {
                continue;
            }
            if (!blocks.isEmpty() && words + w > target * 3 / 2) {
                break;
            }
            blocks.add(b);
            words += w;
        }
        List<Integer> found = new ArrayList<>();
        for (int b : blocks) {
            found.addAll(p.findings(p.blocks.get(b).start(), p.blocks.get(b).end(), f -> f.extractor().equals("terminology")
                    && COUNTED.contains(f.category()) && f.voice().id().equals("narrator")));
        }
        long sides = found.stream().filter(i -> SIDES.contains(p.finding(i).category())).count();
        return new Excerpt(p, blocks, words, found, words == 0 ? 0 : sides * 1000.0 / words);
    }

    /** A paragraph of sentences: a dozen words or more, ending as a sentence ends. */
    private static boolean prose(Page p, int b, int words) {
        String t = Words.oneLine(p.text(b));
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return words >= 12 && ".?!”\"’'".indexOf(last) >= 0;
    }

    private Exercise build(Context c, int number, List<Excerpt> excerpts) {
        boolean intro = c.level.intro();
        List<String> names = new ArrayList<>();
        for (Page p : c.pages) {
            names.add(p.result.article().meta().outlet());
            if (p.result.article().meta().via() != null) {
                names.add(p.result.article().meta().via());
            }
        }
        List<Part> material = new ArrayList<>();
        List<List<Part.Cell>> keyRows = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (int k = 0; k < excerpts.size(); k++) {
            Excerpt e = excerpts.get(k);
            Page p = e.page();
            String letter = Words.letter(k);
            List<Part.Para> paras = new ArrayList<>();
            for (int b : e.blocks()) {
                int s = p.blocks.get(b).start();
                int t = p.blocks.get(b).end();
                paras.add(new Part.Para(null, Runs.of(p.raw, s, t, masks(c, p.raw, s, t, names))));
            }
            material.add(Part.text("Excerpt " + letter, Words.plural(e.words(), "word", "words"), paras));
            double whole = 0;
            List<Evidence> ev = new ArrayList<>();
            for (String m : WHOLE) {
                if (p.hasMetric(m)) {
                    whole += p.result.metric(m);
                    ev.add(p.metric(m));
                }
            }
            String claims = p.hasMetric("claims.unattributed") ? Words.number(p.result.metric("claims.unattributed")) : "–";
            if (p.hasMetric("claims.unattributed")) {
                ev.add(p.metric("claims.unattributed"));
            }
            e.findings().forEach(i -> ev.add(p.evidence(i)));
            keyRows.add(List.of(Part.Cell.head(letter), Part.Cell.of(p.outlet()),
                    Part.Cell.of(String.valueOf(e.words())), Part.Cell.of(String.valueOf(e.count("loaded"))),
                    Part.Cell.of(String.valueOf(e.count("label"))), Part.Cell.of(String.valueOf(e.count("scare_quote"))),
                    Part.Cell.of(String.valueOf(e.count("hedge"))), Part.Cell.of(Words.rate(e.rate())),
                    Part.Cell.of(Words.rate(whole)), Part.Cell.of(claims)));
            answers.add(new Answer("Excerpt " + letter + " = " + p.shown(),
                    "In the excerpt, in the writer's own voice: " + Words.plural((int) e.count("loaded"), "loaded word",
                            "loaded words") + ", " + Words.plural((int) e.count("label"), "label", "labels") + ", "
                            + Words.plural((int) e.count("scare_quote"), "scare quote", "scare quotes") + " ("
                            + Words.rate(e.rate()) + " per 1,000 words) and " + Words.plural((int) e.count("hedge"),
                            "hedge", "hedges") + ". Whole article: " + Words.rate(whole)
                            + " per 1,000 words; unattributed claims: " + claims + ".", List.of(), ev));
        }
        // an excerpt is placed in the order only on 3 or more such words (Evidence): one or two are an anecdote
        List<Excerpt> ranked = new ArrayList<>(excerpts);
        ranked.sort(Comparator.comparingDouble((Excerpt e) -> -e.rate()).thenComparingInt(excerpts::indexOf));
        List<String> order = new ArrayList<>();
        List<String> few = new ArrayList<>();
        for (Excerpt e : ranked) {
            int n = (int) (e.count("loaded") + e.count("label") + e.count("scare_quote"));
            if (n >= org.slant.compare.Evidence.MIN_COUNT) {
                order.add(Words.letter(excerpts.indexOf(e)) + " (" + Words.rate(e.rate()) + ", " + n + ")");
            } else {
                few.add(Words.letter(excerpts.indexOf(e)) + " (" + n + ")");
            }
        }
        String ordered = (order.isEmpty() ? "no excerpt has " + org.slant.compare.Evidence.MIN_COUNT
                + " or more such words, too few to rank on" : String.join(", ", order))
                + (few.isEmpty() || order.isEmpty() ? "" : "; too few to rank (fewer than "
                + org.slant.compare.Evidence.MIN_COUNT + "): " + String.join(", ", few))
                + (order.isEmpty() ? " (" + String.join(", ", few) + ")" : "");
        List<List<Part.Cell>> blank = new ArrayList<>();
        for (int k = 0; k < excerpts.size(); k++) {
            blank.add(List.of(Part.Cell.head(String.valueOf(k + 1)), Part.Cell.space(), Part.Cell.space()));
        }
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, "Rank the excerpts, from the one where the writer's own voice takes sides the most "
                + "(1) to the one where it takes sides the least. Note the words that decided it.", 0,
                new Part.Table(List.of("Rank", "Excerpt", "The words that decided it"), blank)));
        if (!intro) {
            tasks.add(new Task(2, "Does any excerpt let only one side speak? Does choosing whom to quote count as "
                    + "taking sides? Explain.", 4, null));
            tasks.add(new Task(3, "Guess which outlet wrote each excerpt, then check the key. What in the text led "
                    + "you, and was it the wording or what you expected of the outlet?", 3, null));
        }
        List<String> hints = intro ? List.of("Words inside quotation marks belong to the person quoted; the question "
                        + "is about the writer's own words.",
                "Look for words that judge, labels for people, quotation marks the writer puts around a single word "
                        + "to keep a distance from it, and words that cast doubt.") : List.of();
        List<String> headers = List.of("Excerpt", "Outlet", "Words", "Loaded", "Labels", "Scare quotes",
                "Hedges", "Per 1,000 words*", "Whole article per 1,000*", "Unattributed claims");
        Key key = new Key("Ordered by loaded words, labels and scare quotes in the writer's own voice per 1,000 words "
                + "of the excerpt (with their number): " + ordered + ". This is a count of wording, not a verdict on "
                + "any outlet: compare it with the students' ranking and discuss where they differ, and why.",
                List.of(Part.table("The outlets and the measurements", "* Loaded words, labels and scare quotes in "
                        + "the writer's own voice, per 1,000 words. “Unattributed claims”: sentences of the whole "
                        + "article in the writer's own voice with a loaded word or label and no source.",
                        new Part.Table(headers, keyRows))),
                answers, List.of("The excerpts are each article's opening paragraphs (the headline left out), so no "
                + "excerpt was picked for its wording (blocks that are not sentences, such as a byline, are passed over). Outlet names in them are replaced by “" + MASK + "”. The "
                + "counts come from Slant's terminology lexicons; a hedge (“reportedly”) is counted apart because "
                + "it can be careful sourcing as well as distance."));
        return new Exercise(ID, number, title(), "Judge wording on its own, without the outlet's name to lean on, and "
                + "check the judgement against counted evidence.", c.level.pick(20, 30),
                List.of("Below are the opening paragraphs of " + excerpts.size() + " articles about the same event. "
                        + "The outlets' names have been removed; the articles are labelled " + Words.letter(0) + " to "
                        + Words.letter(excerpts.size() - 1) + " in a random order."), hints, material, tasks, key);
    }

    /**
     * Outlet names in [s, t): every outlet of the set (and its mirror site), and every outlet the registry knows,
     * both as written (case-sensitive, as the registry matches them).
     */
    private static List<Runs.Mark> masks(Context c, String raw, int s, int t, List<String> names) {
        TreeSet<int[]> spans = new TreeSet<>(Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> x[1]));
        String text = raw.substring(s, t);
        for (String needle : names) {
            if (needle == null || needle.isBlank() || needle.startsWith("unknown")) {
                continue;
            }
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                if (boundary(text, at - 1) && boundary(text, at + needle.length())) {
                    spans.add(new int[] {s + at, s + at + needle.length()});
                }
            }
        }
        if (c.outlets != null) {
            List<Token> tokens = Tokenizer.tokenize(text);
            for (PhraseIndex.Match<Outlet> m : c.outlets.mentions(tokens, text)) {
                spans.add(new int[] {s + tokens.get(m.firstToken()).start(), s + tokens.get(m.endToken() - 1).end()});
            }
        }
        List<Runs.Mark> out = new ArrayList<>();
        int end = -1;
        for (int[] x : spans) {
            if (x[0] >= end) {
                out.add(Runs.Mark.masked(x[0], x[1], MASK));
                end = x[1];
            }
        }
        return out;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
