package org.slant.exercise;

import org.slant.compare.Reuse;
import org.slant.compare.WordDiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Same story, different words: one shared passage (wire copy) as two outlets printed it, sentence by
 * sentence side by side; students list the differences and what each suggests. The key lists the word
 * differences of the comparison's reuse passage, each with its entry in {@code analysis.json}.
 */
final class SameStory implements ExerciseKind {

    static final String ID = "same-story";

    private record Candidate(int passage, Reuse.Passage p, List<Integer> pairs) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Same story, different words";
    }

    @Override
    public Outcome make(Context c, int number) {
        if (c.pages.size() < 2) {
            return Outcome.skip("Only one article was analysed: this exercise needs two outlets that printed the same passage.");
        }
        if (c.analysis.comparison() == null || c.analysis.comparison().reuse() == null) {
            return Outcome.skip("The articles were not compared, so no shared passage is known.");
        }
        List<Reuse.Passage> passages = c.analysis.comparison().reuse().passages();
        if (passages.isEmpty()) {
            return Outcome.skip("No two articles share a passage (no wire copy or reused text was found), so there "
                    + "is no pair of versions to compare.");
        }
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Reuse.Passage p = passages.get(i);
            List<Integer> differing = new ArrayList<>();
            for (int q = 0; q < p.pairs().size(); q++) {
                if (p.pairs().get(q).diff().stream().anyMatch(o -> !o.op().equals("="))) {
                    differing.add(q);
                }
            }
            if (!differing.isEmpty() && c.page(p.a()) != null && c.page(p.b()) != null) {
                all.add(new Candidate(i, p, differing));
            }
        }
        if (all.isEmpty()) {
            return Outcome.skip("The shared passages are word for word the same in every outlet, so there is no "
                    + "difference to find.");
        }
        all.sort(Comparator.comparingInt((Candidate x) -> -x.pairs().size()).thenComparingInt(Candidate::passage));
        Candidate chosen = Context.sample(all.subList(0, Math.min(3, all.size())), 1, c.random(ID)).get(0);
        return Outcome.of(build(c, number, chosen));
    }

    private Exercise build(Context c, int number, Candidate x) {
        boolean intro = c.level.intro();
        Page a = c.page(x.p().a());
        Page b = c.page(x.p().b());
        // intro: the pairs with few differences first (one clear change each); advanced: all, in order
        List<Integer> pairs = new ArrayList<>(x.pairs());
        if (intro) {
            pairs.sort(Comparator.comparingInt((Integer q) -> changes(x.p().pairs().get(q)) > 2 ? 1 : 0)
                    .thenComparingInt(q -> q));
        }
        pairs = new ArrayList<>(pairs.subList(0, Math.min(c.level.pick(3, 6), pairs.size())));
        pairs.sort(null);
        String nameA = a.shown();
        String nameB = b.shown();
        List<List<Part.Cell>> rows = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        int differences = 0;
        for (int r = 0; r < pairs.size(); r++) {
            int q = pairs.get(r);
            Reuse.SentencePair sp = x.p().pairs().get(q);
            rows.add(List.of(Part.Cell.head(String.valueOf(r + 1)), Part.Cell.of(Words.oneLine(sp.a().text())),
                    Part.Cell.of(Words.oneLine(sp.b().text()))));
            String pairPointer = "/comparison/reuse/passages/" + x.passage() + "/pairs/" + q;
            List<WordDiff.Op> ops = sp.diff();
            boolean[] used = new boolean[ops.size()];
            for (int k = 0; k < ops.size(); k++) {
                WordDiff.Op op = ops.get(k);
                if (op.op().equals("=") || used[k]) {
                    continue;
                }
                used[k] = true;
                List<Evidence> ev = new ArrayList<>();
                ev.add(Evidence.reuse(a.id(), b.id(), nameA, nameB, pairPointer + "/diff/" + k, op));
                String label;
                String answer;
                int moved = movedPartner(ops, k, used);
                if (moved >= 0) {
                    used[moved] = true;
                    ev.add(Evidence.reuse(a.id(), b.id(), nameA, nameB, pairPointer + "/diff/" + moved, ops.get(moved)));
                    String w = op.a() != null ? op.a() : op.b();
                    label = "Row " + (r + 1) + ": “" + w + "” moved";
                    answer = "The same words stand in another place in each version (word order).";
                } else {
                    switch (op.op()) {
                        case "-" -> {
                            label = "Row " + (r + 1) + ": only " + nameA + " has “" + op.a() + "”";
                            answer = nameB + " leaves these words out.";
                        }
                        case "+" -> {
                            label = "Row " + (r + 1) + ": only " + nameB + " has “" + op.b() + "”";
                            answer = nameA + " does not have these words.";
                        }
                        default -> {
                            label = "Row " + (r + 1) + ": “" + op.a() + "” → “" + op.b() + "”";
                            answer = nameA + " writes “" + op.a() + "” where " + nameB + " writes “" + op.b() + "”.";
                        }
                    }
                }
                ev.add(Evidence.reuse(a.id(), b.id(), nameA, nameB, pairPointer, sp));
                differences++;
                answers.add(new Answer(label, answer, List.of(nameA + ", characters " + sp.a().start()
                        + "–" + sp.a().end() + "; " + nameB + ", characters " + sp.b().start() + "–"
                        + sp.b().end() + "; similarity of the two sentences " + sp.similarity() + "."), ev));
            }
        }
        List<String> headers = List.of("", nameA, nameB);
        List<Part> material = List.of(Part.table("The two versions", "Each row is one sentence as each outlet "
                + "printed it. The passage is shared text (often from a news agency) that both outlets carried.",
                new Part.Table(headers, rows)));
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, "Compare the two versions row by row. List every difference in wording: words one "
                + "version leaves out, adds or replaces.", Math.max(4, differences + 1), null));
        tasks.add(new Task(2, "For each difference, what does it change for the reader? Think of who is speaking, "
                + "how certain a statement sounds, and how the people in it come across.", 4, null));
        if (!intro) {
            tasks.add(new Task(3, "Pick the difference that matters most and explain why in two or three sentences.",
                    3, null));
        }
        List<String> hints = intro ? List.of("There are " + differences + " differences in these " + pairs.size()
                        + " rows, counted word by word.",
                "Leave aside punctuation and spellings such as “Mr”/“Mr.”: they are not counted.") : List.of();
        Key key = new Key(differences + " word differences between " + nameA + " and " + nameB
                + ", from the comparison's word-level alignment of the shared sentences (comparison.reuse).",
                List.of(), answers, List.of("The comparison lines up words after lower-casing them and dropping "
                + "punctuation; a difference can be one word or a run of words. “Moved” means the same words in "
                + "another order."));
        return new Exercise(ID, number, title(), "See how small changes to shared wire copy — a verb, a source, a "
                + "phrase added or cut — change what a reader takes from the same news.", c.level.pick(15, 25),
                List.of("The two columns show one passage as two outlets printed it.",
                        "Read each row across: the left and right cells are the same sentence in each outlet."),
                hints, material, tasks, key);
    }

    private static int changes(Reuse.SentencePair sp) {
        return (int) sp.diff().stream().filter(o -> !o.op().equals("=")).count();
    }

    /** A "-" and a "+" of the same words in one sentence pair: the words moved. */
    private static int movedPartner(List<WordDiff.Op> ops, int k, boolean[] used) {
        WordDiff.Op op = ops.get(k);
        if (op.op().equals("-") || op.op().equals("+")) {
            String w = op.op().equals("-") ? op.a() : op.b();
            String other = op.op().equals("-") ? "+" : "-";
            for (int j = k + 1; j < ops.size(); j++) {
                WordDiff.Op o = ops.get(j);
                if (!used[j] && o.op().equals(other) && w.equals(other.equals("+") ? o.b() : o.a())) {
                    return j;
                }
            }
        }
        return -1;
    }
}
