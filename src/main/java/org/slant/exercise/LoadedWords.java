package org.slant.exercise;

import org.slant.extract.attribution.ActorLabels;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.text.English;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spot the loaded word: a paragraph (two at the advanced level) whose narration holds loaded words or
 * labels; students mark them, the key lists each with its category, rule and rationale. Words inside a
 * quotation are listed apart in the key: they are a speaker's choice, not the writer's. Only lexicon
 * entries make the key: each has a rationale a teacher can stand behind, where the learned model's
 * findings are a statistical guess (precision about a third on held-out articles).
 */
final class LoadedWords implements ExerciseKind {

    static final String ID = "loaded-words";

    /** Neutral-word pairs for the hint; a pair whose word occurs in the material is not used. */
    private static final List<String[]> EXAMPLES = List.of(
            new String[] {"regime", "government"}, new String[] {"slammed", "criticised"},
            new String[] {"scheme", "plan"}, new String[] {"mob", "crowd"}, new String[] {"thugs", "protesters"},
            new String[] {"fanatics", "supporters"}, new String[] {"zealots", "activists"});

    /** A stretch of consecutive content blocks, and the findings to mark (targets) or list apart (others). */
    private record Candidate(Page page, List<Integer> blocks, List<Integer> targets, List<Integer> others, int chars) {
        int start() {
            return page.blocks.get(blocks.get(0)).start();
        }

        int end() {
            return page.blocks.get(blocks.get(blocks.size() - 1)).end();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    /** A terminology finding of a lexicon entry, not of the learned model. */
    private static boolean fromLexicon(Finding f) {
        return f.extractor().equals("terminology") && !(f.attrs() instanceof TermAttrs.Learned);
    }

    @Override
    public String title() {
        return "Spot the loaded word";
    }

    @Override
    public Outcome make(Context c, int number) {
        Set<String> wanted = c.level.intro() ? Set.of("loaded", "label")
                : Set.of("loaded", "label", "scare_quote", "intensifier");
        int maxChars = c.level.pick(900, 1400);
        List<Candidate> all = new ArrayList<>();
        boolean measured = false;
        for (Page p : c.pages) {
            measured |= p.hasMetric("loaded.narrator.count");
            List<Integer> cb = p.contentBlocks();
            for (int i = 0; i < cb.size(); i++) {
                for (int j = i; j < cb.size() && j - i < 3; j++) {
                    int from = p.blocks.get(cb.get(i)).start();
                    int to = p.blocks.get(cb.get(j)).end();
                    int chars = 0;
                    for (int k = i; k <= j; k++) {
                        chars += p.blocks.get(cb.get(k)).end() - p.blocks.get(cb.get(k)).start();
                    }
                    if (chars > maxChars && j > i) {
                        break;
                    }
                    List<Integer> targets = nonOverlapping(p, p.findings(from, to, f -> fromLexicon(f)
                            && wanted.contains(f.category()) && f.voice().id().equals("narrator")));
                    // a stretch starts and ends with a paragraph that holds something to find
                    if (targets.isEmpty() || !holds(p, cb.get(i), targets) || !holds(p, cb.get(j), targets)) {
                        continue;
                    }
                    List<Integer> others = p.findings(from, to, f -> fromLexicon(f)
                            && wanted.contains(f.category()) && !f.voice().id().equals("narrator"));
                    all.add(new Candidate(p, List.copyOf(cb.subList(i, j + 1)), targets, others, chars));
                }
            }
        }
        if (all.isEmpty()) {
            return Outcome.skip(measured
                    ? "No loaded word or label in a writer's own voice was found in these articles, so there is no paragraph to mark."
                    : "The terminology extractor did not run, so no loaded word or label was looked for.");
        }
        // enough to find (intro 2, advanced 3, or the most any stretch has), in as little text as possible
        int best = all.stream().mapToInt(x -> x.targets().size()).max().orElse(1);
        int enough = Math.min(best, c.level.pick(2, 3));
        List<Candidate> pool = all.stream().filter(x -> x.targets().size() >= enough)
                .sorted(Comparator.comparingInt((Candidate x) -> x.blocks().size()).thenComparingInt(Candidate::chars)
                        .thenComparingInt(x -> x.page().index).thenComparingInt(x -> x.blocks().get(0)))
                .limit(8).toList();
        // in a seeded order: the first, then (advanced) one from another article, else one that does not overlap it
        List<Candidate> order = Context.sample(pool, pool.size(), c.random(ID));
        List<Candidate> chosen = new ArrayList<>(List.of(order.get(0)));
        if (!c.level.intro()) {
            Candidate first = order.get(0);
            order.stream().filter(x -> x.page() != first.page()).findFirst()
                    .or(() -> order.stream().filter(x -> x.start() >= first.end() || x.end() <= first.start()).findFirst())
                    .ifPresent(chosen::add);
        }
        chosen.sort(Comparator.comparingInt((Candidate x) -> x.page().index).thenComparingInt(Candidate::start));
        return Outcome.of(build(c, number, chosen));
    }

    private static boolean holds(Page p, int block, List<Integer> findings) {
        int s = p.blocks.get(block).start();
        int e = p.blocks.get(block).end();
        return findings.stream().anyMatch(i -> p.finding(i).start() >= s && p.finding(i).end() <= e);
    }

    /** Findings that overlap an earlier one (a loaded word inside scare quotes) are one thing to find. */
    private static List<Integer> nonOverlapping(Page p, List<Integer> idx) {
        List<Integer> out = new ArrayList<>();
        int end = -1;
        for (int i : idx) {
            Finding f = p.finding(i);
            if (f.start() >= end) {
                out.add(i);
                end = f.end();
            }
        }
        return out;
    }

    private Exercise build(Context c, int number, List<Candidate> chosen) {
        boolean intro = c.level.intro();
        int targets = chosen.stream().mapToInt(x -> x.targets().size()).sum();
        List<Part> material = new ArrayList<>();
        List<Part> keyParts = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<Answer> quoted = new ArrayList<>();
        StringBuilder allText = new StringBuilder();
        int n = 0;
        for (int k = 0; k < chosen.size(); k++) {
            Candidate x = chosen.get(k);
            Page p = x.page();
            String heading = chosen.size() == 1 ? "The text" : "Text " + (k + 1);
            List<Part.Para> plain = new ArrayList<>();
            List<Part.Para> marked = new ArrayList<>();
            List<Runs.Mark> marks = new ArrayList<>();
            for (int i : x.targets()) {
                Finding f = p.finding(i);
                n++;
                marks.add(Runs.Mark.bold(f.start(), f.end(), "[" + n + "]"));
                answers.add(answer(p, i, "[" + n + "] " + Words.quoted(f.text()), c.sides));
            }
            for (int b : x.blocks()) {
                plain.add(Part.Para.plain(null, Words.oneLine(p.readable(b))));
                marked.add(new Part.Para(null, Runs.of(p.raw, p.blocks.get(b).start(), p.blocks.get(b).end(), marks)));
                allText.append(p.text(b)).append(' ');
            }
            material.add(Part.text(heading, null, plain));
            for (int i : x.others()) {
                Finding f = p.finding(i);
                String who = f.attrs().speaker();
                String label = Words.quoted(f.text()) + " (" + Vocab.voice(f.voice().id())
                        + (who == null ? "" : ", " + who) + ")";
                quoted.add(answer(p, i, label, c.sides));
            }
            keyParts.add(Part.text(heading + ": " + p.shown() + " (, characters " + x.start() + "–"
                    + x.end() + ")", "The words in bold are the answers, numbered as below.", marked));
        }
        answers.addAll(quoted);

        List<String> instructions = new ArrayList<>();
        instructions.add(chosen.size() == 1
                ? "Read the text below. It comes from a news article; the source is named in the answer key."
                : "Read the texts below. They come from news articles; the sources are named in the answer key.");
        instructions.add("A loaded word carries a judgement that a plainer word would not; a label names people "
                + "by a trait the writer gives them. Look only at the writer's own words: words inside quotation marks "
                + "belong to the person quoted.");
        List<String> hints = new ArrayList<>();
        if (intro) {
            hints.add("There " + (targets == 1 ? "is 1 word or phrase" : "are " + targets + " words or phrases")
                    + " to find in the writer's own voice.");
            hints.add("Compare " + examples(allText.toString()) + ".");
        }
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, intro
                ? "Underline every loaded word or label in the writer's own voice."
                : "Underline every loaded word or label in the writer's own voice; circle quotation marks the "
                + "writer puts around a word to keep a distance from it (scare quotes); box words that only add "
                + "emphasis (intensifiers).", 0, null));
        tasks.add(new Task(2, "Copy each one here. Next to it write what kind it is"
                + (intro ? " (loaded word or label)" : "") + " and a plainer word the writer could have used.",
                targets + 1, null));
        if (!intro) {
            tasks.add(new Task(3, "Some judging words sit inside a quotation or paraphrase a named person. "
                    + "Who chose those words? Does it change what a reader takes from the paragraph?", 3, null));
        }
        String summary = Words.plural(targets, "word or phrase", "words and phrases") + " in the writer's own voice"
                + (quoted.isEmpty() ? "." : "; " + Words.plural(quoted.size(), "more", "more")
                + " inside a quotation or reported speech (the speaker's choice, listed last).");
        List<String> notes = List.of("Slant finds these words with its terminology lexicons (lexicons/terminology/); "
                + "each entry has a one-line rationale, given with the answer. A student may fairly argue for a word "
                + "the lexicons miss, or against one they list: ask for the reason.");
        Key key = new Key(summary, keyParts, answers, notes);
        return new Exercise(ID, number, title(), "Tell description from judgement: notice the words in which a "
                + "writer, rather than a person quoted, takes a position.", c.level.pick(15, 25), instructions,
                hints, material, tasks, key);
    }

    private static Answer answer(Page p, int i, String label, ActorLabels sides) {
        Finding f = p.finding(i);
        TermAttrs t = f.attrs() instanceof TermAttrs x ? x : null;
        String rationale = t == null ? null : t.rationale();
        List<String> details = new ArrayList<>();
        details.add("Voice: " + Vocab.voice(f.voice().id()));
        String para = t == null ? null : t.paraphraseOf();
        if (para != null) {
            details.add("The sentence paraphrases " + para + ": the writer's words for what they said.");
        }
        String speaker = f.attrs().speaker();
        if (speaker != null && !f.voice().id().equals("narrator")) {
            details.add("Speaker: " + speaker + " (side: " + Vocab.side(t == null ? null : t.affiliation(), sides) + ")");
        }
        details.add("Rule: " + f.rule());
        return new Answer(label, English.capital(Vocab.term(f.category())) + (rationale == null ? "." : ": " + rationale),
                details, List.of(p.evidence(i)));
    }

    private static String examples(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> pairs = new ArrayList<>();
        for (String[] e : EXAMPLES) {
            if (!lower.contains(e[0]) && !lower.contains(e[1]) && pairs.size() < 2) {
                pairs.add("“" + e[0] + "” with “" + e[1] + "”");
            }
        }
        return English.and(pairs);
    }
}
