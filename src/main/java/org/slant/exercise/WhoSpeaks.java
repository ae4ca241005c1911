package org.slant.exercise;

import org.slant.model.Attrs;
import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is speaking: a passage of consecutive paragraphs with quotations (and, at the advanced level, reported
 * speech), each statement numbered; students name the speaker, say whether the source is named or
 * anonymous and which side it speaks for, and the verb that introduces it. The key comes from the
 * attribution findings.
 */
final class WhoSpeaks implements ExerciseKind {

    static final String ID = "who-speaks";

    private record Item(int finding, int marker) {
    }

    private record Window(Page page, List<Integer> blocks, List<Item> items, int score, int chars) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Who is speaking?";
    }

    @Override
    public Outcome make(Context c, int number) {
        boolean intro = c.level.intro();
        int want = c.level.pick(3, 6);
        int maxBlocks = c.level.pick(4, 6);
        int maxChars = c.level.pick(1600, 2800);
        List<Window> windows = new ArrayList<>();
        boolean anyQuote = false;
        boolean measured = false;
        for (Page p : c.pages) {
            measured |= p.hasMetric("attribution.count");
            List<Integer> attributions = p.findings(0, p.raw.length(), f -> f.extractor().equals("attribution")
                    && (!intro || !nested(f)));
            anyQuote |= attributions.stream().anyMatch(i -> direct(p.finding(i)));
            List<Integer> cb = p.contentBlocks();
            for (int i = 0; i < cb.size(); i++) {
                int chars = 0;
                for (int j = i; j < cb.size() && j - i < maxBlocks; j++) {
                    chars += p.blocks.get(cb.get(j)).end() - p.blocks.get(cb.get(j)).start();
                    if (chars > maxChars && j > i) {
                        break;
                    }
                    Window w = window(p, cb.subList(i, j + 1), attributions, want, chars);
                    if (w != null) {
                        windows.add(w);
                    }
                }
            }
        }
        if (c.pages.isEmpty()) {
            return Outcome.skip("No article was analysed.");
        }
        if (!measured) {
            return Outcome.skip("The attribution extractor did not run, so no speaker was identified.");
        }
        if (!anyQuote) {
            return Outcome.skip("No quotation with an identified speaker was found in these articles, so there is "
                    + "no passage in which to ask who is speaking.");
        }
        if (windows.isEmpty()) {
            return Outcome.skip("No passage holds two or more statements with an identified speaker, one of them a "
                    + "quotation, within a few paragraphs.");
        }
        windows.sort(Comparator.comparingInt((Window w) -> -w.score()).thenComparingInt(Window::chars)
                .thenComparingInt(w -> w.page().index).thenComparingInt(w -> w.blocks().get(0)));
        Window chosen = Context.sample(windows.subList(0, Math.min(5, windows.size())), 1, c.random(ID)).get(0);
        return Outcome.of(build(c, number, chosen));
    }

    /** The statements wholly inside the blocks, or null when there are too few or no quotation. */
    private static Window window(Page p, List<Integer> blocks, List<Integer> attributions, int want, int chars) {
        int from = p.blocks.get(blocks.get(0)).start();
        int to = p.blocks.get(blocks.get(blocks.size() - 1)).end();
        List<Integer> inside = new ArrayList<>();
        Set<Integer> starts = new LinkedHashSet<>();
        for (int i : attributions) {
            Finding f = p.finding(i);
            if (within(f, from, to) && starts.add(marker(p, f))) {
                inside.add(i);
            }
        }
        long direct = inside.stream().filter(i -> direct(p.finding(i))).count();
        if (inside.size() < 2 || direct == 0) {
            return null;
        }
        // prefer quotations, then keep the passage order
        List<Integer> keep = new ArrayList<>(inside);
        keep.sort(Comparator.comparing((Integer i) -> !direct(p.finding(i)))
                .thenComparingInt(i -> marker(p, p.finding(i))));
        keep = new ArrayList<>(keep.subList(0, Math.min(want, keep.size())));
        keep.sort(Comparator.comparingInt(i -> marker(p, p.finding(i))));
        List<Item> items = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (int i : keep) {
            items.add(new Item(i, marker(p, p.finding(i))));
            speakers.add(String.valueOf(p.finding(i).attrs().speaker()));
            kinds.add(p.finding(i).category());
        }
        int score = items.size() * 2 + speakers.size() * 2 + kinds.size() + (int) Math.min(direct, items.size());
        return new Window(p, List.copyOf(blocks), items, score, chars);
    }

    private static boolean within(Finding f, int from, int to) {
        if (f.start() < from || f.end() > to) {
            return false;
        }
        Attrs.Attribution a = attribution(f);
        if (a == null) {
            return true;
        }
        List<Attrs.Span> spans = new ArrayList<>(a.contentMore());
        spans.addAll(List.of(a.source(), a.cue(), a.content()));
        return spans.stream().allMatch(s -> s.start() >= from && s.end() <= to);
    }

    /** Where the number goes: before the statement's words (its opening quotation mark included). */
    private static int marker(Page p, Finding f) {
        Attrs.Attribution a = attribution(f);
        int at = a == null ? f.start() : a.content().start();
        while (at > 0 && isQuoteMark(p.raw.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static boolean isQuoteMark(char ch) {
        return ch == '"' || ch == '“' || ch == '‘' || ch == '«' || ch == '\'' || ch == '„';
    }

    private Exercise build(Context c, int number, Window w) {
        boolean intro = c.level.intro();
        Page p = w.page();
        List<Part.Para> paras = new ArrayList<>();
        for (int b : w.blocks()) {
            List<Runs.Mark> marks = new ArrayList<>();
            for (int k = 0; k < w.items().size(); k++) {
                Item it = w.items().get(k);
                if (p.blockAt(it.marker()) == b) {
                    marks.add(Runs.Mark.numbered(it.marker(), "[" + (k + 1) + "]"));
                }
            }
            paras.add(new Part.Para(null, Runs.of(p.raw, p.blocks.get(b).start(), p.blocks.get(b).end(), marks)));
        }
        int n = w.items().size();
        List<Part> material = List.of(Part.text("The passage", "From " + p.outlet() + ". The numbers [1] to [" + n
                + "] mark the statements to look at.", paras));

        List<List<Part.Cell>> blankRows = new ArrayList<>();
        List<List<Part.Cell>> keyRows = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = w.items().get(k).finding();
            Finding f = p.finding(i);
            Attrs.Attribution a = attribution(f);
            String speaker = orDash(f.attrs().speaker());
            String side = Vocab.side(a == null ? null : a.affiliation(), c.sides);
            String cue = a == null ? "–" : Words.oneLine(a.cue().text());
            String stance = orDash(a == null ? null : a.stance());
            String kind = Vocab.source(f.category());
            blankRows.add(List.of(Part.Cell.head("[" + (k + 1) + "]"), Part.Cell.space(), Part.Cell.space(),
                    Part.Cell.space(), Part.Cell.space()));
            keyRows.add(List.of(Part.Cell.head("[" + (k + 1) + "]"), Part.Cell.of(speaker), Part.Cell.of(kind),
                    Part.Cell.of(side), Part.Cell.of("“" + cue + "” (" + stance + ")")));
            String said = a == null ? f.text() : p.raw.substring(a.content().start(), a.content().end());
            List<String> details = new ArrayList<>();
            if (a != null) {
                details.add("The source as the text names it: “"
                        + Words.oneLine(p.raw.substring(a.source().start(), a.source().end())) + "”");
            }
            details.add(direct(f) ? "A direct quotation." : "Reported speech (not a direct quotation).");
            details.add("Reporting verb: “" + cue + "”, stance " + stance + ".");
            details.add("Rule: " + f.rule());
            answers.add(new Answer("[" + (k + 1) + "] “" + Words.clip(Words.oneLine(said), 110) + "”",
                    speaker + ": " + kind + "; side: " + side + ".", details, List.of(p.evidence(i))));
        }
        List<String> headers = List.of("", "Who is speaking?", "Named or anonymous?", "Which side?", "Verb that introduces it");
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(1, "For each numbered statement, fill in the table: who is speaking; whether the source is "
                + "named, anonymous (described but not named) or an institution; which side or country they speak "
                + "for; and the verb that introduces the words.", 0, new Part.Table(headers, blankRows)));
        tasks.add(new Task(2, intro ? "Are all the sides of the story heard in this passage? Answer in one or two sentences."
                : "Which side gets the most words in this passage? Which verbs are not neutral (such as “claimed” or "
                + "“admitted”), and what do they suggest about the speaker?", intro ? 2 : 4, null));
        List<String> instructions = List.of("Read the passage. It comes from one news article.",
                "A statement is either a direct quotation (the speaker's exact words, in quotation marks) or reported "
                        + "speech (what someone said, in the writer's words).");
        List<String> hints = intro ? List.of("The speaker may be named a sentence or two before or after the words, "
                        + "or by a word such as “he” or “she”.",
                "An anonymous source is described but not named: “a senior official”, “diplomats”.",
                "A country or a ministry can be the speaker too.") : List.of();
        Key key = new Key(Words.plural(n, "statement", "statements") + " from " + p.shown() + " ().",
                List.of(Part.table("The filled-in table", null, new Part.Table(headers, keyRows))), answers,
                List.of("“Side” is the affiliation Slant resolves by rule (a role's country or organisation, a party "
                        + "label, the actor lexicon or its table of legislators); "
                        + "“stance” is the reporting verb's: neutral (said), distancing (claimed), endorsing "
                        + "(confirmed) or emotive (slammed)."));
        return new Exercise(ID, number, title(), "Trace each statement to its source, and notice who gets to speak, "
                + "under a name or without one, and how the writer introduces them.", c.level.pick(15, 25),
                instructions, hints, material, tasks, key);
    }

    /** An attribution finding's attributes; null when it has none. */
    private static Attrs.Attribution attribution(Finding f) {
        return f.attrs() instanceof Attrs.Attribution a ? a : null;
    }

    private static boolean direct(Finding f) {
        return f.attrs() instanceof Attrs.Attribution a && a.direct();
    }

    private static boolean nested(Finding f) {
        return f.attrs() instanceof Attrs.Attribution a && a.nested();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
