package org.slant.exercise;

import org.slant.compare.Coverage;
import org.slant.compare.CoverageRow;
import org.slant.compare.TextSpan;
import org.slant.text.English;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is missing: the coverage table (facts by article) with one article's column hidden, and that
 * article's text; students fill in the column and name what it leaves out. The key is the hidden column of
 * the comparison's coverage table and the article's omissions.
 */
final class WhatIsMissing implements ExerciseKind {

    static final String ID = "missing";

    /** Beyond this many other columns the table no longer fits a printed page. */
    private static final int MAX_OTHER_COLUMNS = 6;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "What is missing?";
    }

    @Override
    public Outcome make(Context c, int number) {
        String none = c.noStory("what an article leaves out shows only against other articles on the same event.");
        if (none != null) {
            return Outcome.skip(none);
        }
        Coverage.Result cov = c.story == null ? null : c.story.coverage();
        if (cov == null || cov.rows().isEmpty()) {
            return Outcome.skip("No fact (number, date, name or quotation) is carried by two or more of the articles, "
                    + "so the coverage table is empty.");
        }
        if (!cov.columns().equals("articles")) {
            return Outcome.skip("The set has more than 50 articles, so the coverage table's columns are outlets, not "
                    + "single articles a class can read; make this exercise from a smaller set.");
        }
        List<Page> candidates = new ArrayList<>();
        for (Page p : c.storyPages) {
            if (!cov.omissions().getOrDefault(p.id(), List.of()).isEmpty() && !p.contentBlocks().isEmpty()) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return Outcome.skip("No article leaves out a fact that most of the others carry (the coverage table lists "
                    + "no omissions).");
        }
        List<Page> pool = candidates;
        if (c.level.intro()) { // shorter texts first: the students read the whole article
            List<Page> shorter = candidates.stream().filter(p -> p.result.words() <= 900).toList();
            pool = shorter.isEmpty() ? candidates.stream()
                    .sorted(Comparator.comparingInt((Page p) -> p.result.words())).limit(1).toList() : shorter;
        }
        Page hidden = Context.sample(pool, 1, c.random(ID)).get(0);
        return Outcome.of(build(c, number, cov, hidden));
    }

    private Exercise build(Context c, int number, Coverage.Result cov, Page hidden) {
        boolean intro = c.level.intro();
        List<String> omitted = cov.omissions().get(hidden.id());
        List<Page> others = c.storyPages.stream().filter(p -> p != hidden).limit(MAX_OTHER_COLUMNS).toList();
        // rows: every omission, then the facts the hidden article shares with others, then the rest, in table order
        int max = c.level.pick(10, 20);
        Set<Integer> shown = new TreeSet<>();
        for (int r = 0; r < cov.rows().size(); r++) {
            if (omitted.contains(cov.rows().get(r).id())) {
                shown.add(r);
            }
        }
        for (boolean carried : new boolean[] {true, false}) {
            for (int r = 0; r < cov.rows().size() && shown.size() < max; r++) {
                String status = cov.rows().get(r).cells().get(hidden.id()).status();
                if (carried != status.equals(CoverageRow.Cell.ABSENT)) {
                    shown.add(r);
                }
            }
        }
        List<String> headers = new ArrayList<>(List.of("Fact", "Kind"));
        others.forEach(p -> headers.add(p.shown()));
        headers.add("?");
        List<String> keyHeaders = new ArrayList<>(headers.subList(0, headers.size() - 1));
        keyHeaders.add(hidden.shown() + " (the “?” column)");
        List<List<Part.Cell>> rows = new ArrayList<>();
        List<List<Part.Cell>> keyRows = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<Answer> rest = new ArrayList<>();
        for (int r : shown) {
            CoverageRow row = cov.rows().get(r);
            List<Part.Cell> cells = new ArrayList<>();
            cells.add(Part.Cell.head(label(row)));
            cells.add(Part.Cell.of(row.kind()));
            for (Page p : others) {
                cells.add(Part.Cell.of(word(row.cells().get(p.id()).status())));
            }
            List<Part.Cell> keyCells = new ArrayList<>(cells);
            cells.add(Part.Cell.space());
            CoverageRow.Cell cell = row.cells().get(hidden.id());
            String forms = forms(cell.forms());
            keyCells.add(Part.Cell.of(word(cell.status()) + (forms.isEmpty() ? "" : ": " + forms)));
            rows.add(cells);
            keyRows.add(keyCells);
            Evidence ev = Evidence.coverage(c.storyIndex, r, row.id(), label(row), hidden.id(), hidden.shown(), cell);
            int k = omitted.indexOf(row.id());
            long carriers = row.carriers();
            if (k >= 0) {
                answers.add(new Answer("Left out: " + label(row), "Carried by " + carriers + " of the "
                        + (cov.rows().get(r).cells().size() - 1) + " other articles; absent from this one.",
                        List.of(), List.of(Evidence.omission(c.storyIndex, hidden.id(), hidden.shown(), k, row.id(),
                        label(row)), ev)));
            } else {
                rest.add(new Answer(label(row), English.capital(word(cell.status())) + (forms.isEmpty() ? "."
                        : ": " + forms + "."), cellDetails(cell), List.of(ev)));
            }
        }
        answers.addAll(rest);
        List<Part.Para> text = new ArrayList<>();
        for (int b : hidden.contentBlocks()) {
            text.add(Part.Para.plain(null, Words.oneLine(hidden.readable(b))));
        }
        List<Part> material = List.of(
                Part.table("The coverage table", "Each row is a fact (a number, a date, a name or a quotation) found "
                        + "in at least two of the articles. “yes”: the article carries it in these words; “other "
                        + "form”: it gives the fact differently (another number, a shorter quotation); “no”: it does "
                        + "not carry it.", new Part.Table(headers, rows)),
                Part.text("The article in the “?” column", "Its outlet is named in the answer key.", text));
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, "Read the article. For each fact in the table, write in the “?” column: yes, other "
                + "form or no.", 0, null));
        tasks.add(new Task(2, "Which facts that most of the other articles carry does this article leave out?", 3, null));
        tasks.add(new Task(3, "Choose one of them. What would a reader of only this article not know? Does it change "
                + "how the story reads?", 3, null));
        if (!intro) {
            tasks.add(new Task(4, "Which facts does this article give in another form than the others (a different "
                    + "number, a shorter quotation)? What might explain the difference?", 3, null));
        }
        List<String> hints = intro ? List.of("This article leaves out " + Words.plural(omitted.size(), "fact", "facts")
                        + " that most of the others carry.",
                otherFormHint(cov, shown, hidden)) : List.of();
        Key key = new Key("The hidden column is " + hidden.shown() + " (). It leaves out "
                + Words.plural(omitted.size(), "fact", "facts") + " that most of the others carry.",
                List.of(Part.table("The filled-in table", null, new Part.Table(keyHeaders, keyRows))), answers,
                List.of("Facts come from the coverage table of the articles on this event: numbers with their "
                        + "unit, dates, names of people and organisations, quotations of three words or more. An "
                        + "omission is a fact more than half of the other articles carry. A fact the table does not "
                        + "list (an idea, an argument) is not in this key; students may find more."));
        return new Exercise(ID, number, title(), "Notice what a report leaves out by setting it against other "
                + "reports of the same event.", c.level.pick(20, 30), List.of("The table lists facts found in "
                + "several articles about one event, and which articles carry them. One article's column is hidden "
                + "(“?”); its text follows the table."), hints, material, tasks, key);
    }

    private static String label(CoverageRow row) {
        String l = row.kind().equals("quote") ? "“" + Words.clip(row.label(), 100) + "”" : row.label();
        return row.speakers().isEmpty() ? l : l + " (" + String.join(", ", row.speakers()) + ")";
    }

    private static String word(String status) {
        return switch (status) {
            case CoverageRow.Cell.PRESENT -> "yes";
            case CoverageRow.Cell.DIFFERENT -> "other form";
            default -> "no";
        };
    }

    /**
     * The hint on other forms, with an example from this set's own table when a visible article gives a shown
     * fact in another form (never the hidden article's cell, which is an answer).
     */
    private static String otherFormHint(Coverage.Result cov, Set<Integer> shown, Page hidden) {
        for (int r : shown) {
            CoverageRow row = cov.rows().get(r);
            for (Map.Entry<String, CoverageRow.Cell> e : row.cells().entrySet()) {
                if (e.getKey().equals(hidden.id()) || !e.getValue().status().equals(CoverageRow.Cell.DIFFERENT)) {
                    continue;
                }
                for (TextSpan t : e.getValue().forms()) {
                    String form = Words.clip(Words.oneLine(t.text()), 80);
                    if (!form.equalsIgnoreCase(row.label())) {
                        return "A fact can be told in other words: “" + Words.clip(Words.oneLine(row.label()), 80)
                                + "” and “" + form + "” are one fact in another form.";
                    }
                }
            }
        }
        return "A fact can be told in other words: a rounded number or a shorter quotation is the same fact in "
                + "another form.";
    }

    private static String forms(List<TextSpan> forms) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (TextSpan t : forms) {
            if (out.size() < 2) {
                out.add("“" + Words.clip(Words.oneLine(t.text()), 80) + "”");
            }
        }
        return String.join(", ", out);
    }

    private static List<String> cellDetails(CoverageRow.Cell cell) {
        List<String> out = new ArrayList<>();
        for (TextSpan t : cell.forms()) {
            out.add("“" + Words.clip(Words.oneLine(t.text()), 80) + "” at characters " + t.start() + "–" + t.end());
        }
        return out;
    }
}
