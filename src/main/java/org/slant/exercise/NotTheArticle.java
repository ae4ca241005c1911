package org.slant.exercise;

import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.text.English;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Not the article: a page as it was saved, boilerplate and spam still in, cut into numbered blocks;
 * students mark what is not the article and say what it is. The key comes from the boilerplate findings
 * (one per block: its category, rule and reasons).
 */
final class NotTheArticle implements ExerciseKind {

    static final String ID = "not-article";

    private record Candidate(Page page, List<Integer> findings, int categories) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Not the article";
    }

    @Override
    public Outcome make(Context c, int number) {
        List<Candidate> all = new ArrayList<>();
        boolean measured = false;
        for (Page p : c.pages) {
            measured |= p.hasMetric("contamination.ratio");
            List<Integer> fs = p.findings(0, p.raw.length(), f -> f.extractor().equals("boilerplate"));
            if (!fs.isEmpty() && !p.contentBlocks().isEmpty()) {
                Set<String> cats = new TreeSet<>();
                fs.forEach(i -> cats.add(p.finding(i).category()));
                all.add(new Candidate(p, fs, cats.size()));
            }
        }
        if (all.isEmpty()) {
            return Outcome.skip(measured
                    ? "No block of any article was classified as boilerplate or spam: every page is all article."
                    : "The boilerplate extractor did not run in this analysis, so Slant has not marked which blocks "
                    + "are not the article.");
        }
        all.sort(Comparator.comparingInt((Candidate x) -> -x.categories())
                .thenComparingInt(x -> -x.findings().size()).thenComparingInt(x -> x.page().index));
        Candidate chosen = Context.sample(all.subList(0, Math.min(3, all.size())), 1, c.random(ID)).get(0);
        return Outcome.of(build(c, number, chosen));
    }

    private Exercise build(Context c, int number, Candidate x) {
        boolean intro = c.level.intro();
        Page p = x.page();
        int cap = c.level.pick(24, 60);
        int clip = c.level.pick(420, 900);
        // the blocks to show: all of a short page; else every boilerplate block with its neighbours
        TreeSet<Integer> shown = new TreeSet<>();
        if (p.blocks.size() <= cap) {
            for (int b = 0; b < p.blocks.size(); b++) {
                shown.add(b);
            }
        } else {
            for (int b = 0; b < p.blocks.size(); b++) {
                if (p.isBoilerplate(b)) {
                    shown.add(b);
                    shown.add(Math.max(0, b - 1));
                    shown.add(Math.min(p.blocks.size() - 1, b + 1));
                }
            }
        }
        List<Part.Para> paras = new ArrayList<>();
        int prev = -1;
        for (int b : shown) {
            if (b > prev + 1) {
                paras.add(Part.Para.plain("…", "[" + Words.plural(b - prev - 1, "block", "blocks")
                        + " of the page left out here]"));
            }
            paras.add(Part.Para.plain("[" + (b + 1) + "]", Words.clip(Words.oneLine(p.readable(b)), clip)));
            prev = b;
        }
        if (prev < p.blocks.size() - 1) {
            paras.add(Part.Para.plain("…", "[" + Words.plural(p.blocks.size() - 1 - prev, "block", "blocks")
                    + " of the page left out here]"));
        }
        List<Answer> answers = new ArrayList<>();
        List<List<Part.Cell>> keyRows = new ArrayList<>();
        List<List<Part.Cell>> blankRows = new ArrayList<>();
        int blocks = 0;
        for (int i : x.findings()) {
            Finding f = p.finding(i);
            List<String> numbers = new ArrayList<>();
            for (int b = 0; b < p.blocks.size(); b++) {
                if (p.blocks.get(b).start() < f.end() && p.blocks.get(b).end() > f.start()) {
                    numbers.add(String.valueOf(b + 1));
                }
            }
            blocks += numbers.size();
            String where = (numbers.size() == 1 ? "Block " : "Blocks ") + String.join(", ", numbers);
            List<String> reasons = f.attrs() instanceof Attrs.Boilerplate bp ? bp.reasons() : List.of();
            keyRows.add(List.of(Part.Cell.head(String.join(", ", numbers)), Part.Cell.of(f.category()),
                    Part.Cell.of(Vocab.boilerplate(f.category())), Part.Cell.of(f.rule())));
            blankRows.add(List.of(Part.Cell.space(), Part.Cell.space(), Part.Cell.space()));
            List<String> details = new ArrayList<>();
            details.add("Rule: " + f.rule());
            if (!reasons.isEmpty()) {
                details.add("Reasons: " + String.join("; ", reasons));
            }
            answers.add(new Answer(where + ": “" + Words.clip(Words.oneLine(f.text()), 80) + "”",
                    English.capital(f.category()) + " — " + Vocab.boilerplate(f.category()) + ".", details,
                    List.of(p.evidence(i))));
        }
        List<Part> material = List.of(Part.text("The page", "The text of one web page as it was saved, cut into "
                + "numbered blocks.", paras));
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, "Write the numbers of the blocks that are not part of the article's own text.", 2, null));
        if (intro) {
            tasks.add(new Task(2, "For each of them, say what it is and the clue that gave it away.", 0,
                    new Part.Table(List.of("Block", "What it is", "The clue"), blankRows)));
        } else {
            tasks.add(new Task(2, "For each of them, say what it is and the clue that gave it away.", blocks + 2, null));
            tasks.add(new Task(3, "If a program counted these blocks as the article, which of its measurements would be "
                    + "wrong (word counts, quotations, the outlet's name)? And what might a reader wrongly think?", 3,
                    null));
        }
        List<String> hints = intro ? List.of(English.capital(Words.plural(blocks, "block is", "blocks are"))
                        + " not the article.",
                "Kinds to look for: " + Vocab.boilerplateKinds() + ".") : List.of();
        Key key = new Key(English.capital(Words.plural(blocks, "block", "blocks")) + " of " + p.shown() + " () are not the article.", List.of(Part.table("Blocks that are not the article", null,
                new Part.Table(List.of("Block", "Kind", "What it is", "Rule"), keyRows))), answers,
                List.of("Slant's boilerplate classifier decides each block from rules (lexicons/boilerplate/) and a "
                        + "model of block features; the reasons list every rule and feature that fired, the deciding "
                        + "one first. A careful reader may disagree on a block: ask for the clue."));
        return new Exercise(ID, number, title(), "Tell an article's own text from what the page wraps around it: "
                + "promotion, share prompts, legal notices, menus, captions, bylines and spam.", c.level.pick(15, 25),
                List.of("Below is the text of a news web page as a program saved it: the article, and everything "
                        + "else that was on the page.", "Read every block and decide whether it belongs to the "
                        + "article the journalist wrote."), hints, material, tasks, key);
    }
}
