package org.slant.exercise;

import java.util.List;

/**
 * Worksheets, keys and the index as Markdown. Every piece of text is escaped: Markdown punctuation gets a
 * backslash (so no article text becomes a link, an image, emphasis or an HTML tag) and line breaks become
 * spaces (so none starts a heading or a list).
 */
final class MarkdownSheets {

    private MarkdownSheets() {
    }

    static String worksheet(Exercise e, ExerciseSet set, String version) {
        StringBuilder b = new StringBuilder();
        b.append("*Exercise ").append(e.number()).append(" · worksheet · ").append(set.level().id()).append(" level*\n\n");
        b.append("# ").append(esc(e.title())).append("\n\n");
        b.append("**Learning goal:** ").append(esc(e.goal())).append("  \n");
        b.append("**Time:** about ").append(e.minutes()).append(" minutes\n\n");
        b.append("Name: ______________________  Date: ____________\n\n");
        b.append("## Instructions\n\n");
        e.instructions().forEach(i -> b.append(esc(i)).append("\n\n"));
        if (!e.hints().isEmpty()) {
            b.append("**Hints**\n\n");
            e.hints().forEach(h -> b.append("- ").append(esc(h)).append('\n'));
            b.append('\n');
        }
        b.append("## Material\n\n");
        e.material().forEach(p -> part(b, p));
        b.append("## Tasks\n\n");
        for (Task t : e.tasks()) {
            b.append("**").append(t.number()).append(".** ").append(esc(t.prompt())).append("\n\n");
            if (t.table() != null) {
                table(b, t.table());
            }
            for (int i = 0; i < t.lines(); i++) {
                b.append("\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n");
            }
        }
        b.append("---\n\n*Made with Slant ").append(inline(version)).append(" from ").append(inline(set.source()))
                .append(", seed ").append(set.seed()).append(". The answer key is a separate file (")
                .append(inline(e.slug() + ".key.md")).append(").*\n");
        return b.toString();
    }

    static String key(Exercise e, ExerciseSet set, String version) {
        StringBuilder b = new StringBuilder();
        b.append("*Exercise ").append(e.number()).append(" · answer key · ").append(set.level().id()).append(" level*\n\n");
        b.append("# ").append(esc(e.title())).append("\n\n");
        b.append("**Learning goal:** ").append(esc(e.goal())).append("  \n");
        b.append("**Worksheet:** ").append(esc(e.slug() + ".md")).append("\n\n");
        b.append(esc(e.key().summary())).append("\n\n");
        e.key().parts().forEach(p -> part(b, p));
        b.append("## Answers and evidence\n\n");
        List<Answer> answers = e.key().answers();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            b.append(i + 1).append(". **").append(esc(a.label())).append("** — ").append(esc(a.answer())).append('\n');
            a.details().forEach(d -> b.append("   - ").append(esc(d)).append('\n'));
            a.evidence().forEach(ev -> b.append("   - Evidence: ").append(code(ev.cite())).append('\n'));
            b.append('\n');
        }
        if (!e.key().notes().isEmpty()) {
            b.append("## Notes for the teacher\n\n");
            e.key().notes().forEach(n -> b.append(esc(n)).append("\n\n"));
        }
        b.append("---\n\n*Made with Slant ").append(inline(version)).append(" from ").append(inline(set.source()))
                .append(", seed ").append(set.seed()).append(". Offsets are characters (UTF-16 code units) of each ")
                .append("article's raw text, as in analysis.json; ").append(inline(e.slug() + ".key.json"))
                .append(" holds this key's evidence for checking.*\n");
        return b.toString();
    }

    static String index(ExerciseSet set, String version) {
        StringBuilder b = new StringBuilder();
        b.append("*Slant · exercises for the classroom · ").append(set.level().id()).append(" level*\n\n");
        b.append("# Exercises from ").append(inline(set.source())).append("\n\n");
        b.append(esc(set.summary())).append("\n\n");
        b.append("Each worksheet has a separate answer key; every answer in a key cites its evidence in the articles ")
                .append("(the quoted words, the article, the character offsets and the rule) or in the comparison of ")
                .append("the articles. The exercises ask students to look at evidence; they do not say that any ")
                .append("outlet is biased.\n\n");
        if (!set.exercises().isEmpty()) {
            b.append("## Worksheets\n\n| # | Exercise | Learning goal | Time | Files |\n|---|---|---|---|---|\n");
            for (Exercise e : set.exercises()) {
                b.append("| ").append(e.number()).append(" | ").append(esc(e.title())).append(" | ").append(esc(e.goal()))
                        .append(" | ").append(e.minutes()).append(" min | [worksheet](").append(e.slug())
                        .append(".md) · [answer key](").append(e.slug()).append(".key.md) · [evidence](")
                        .append(e.slug()).append(".key.json) |\n");
            }
            b.append('\n');
        }
        if (!set.skipped().isEmpty()) {
            b.append("## Not made from this set\n\n");
            set.skipped().forEach(s -> b.append("- **").append(s.number()).append(". ").append(esc(s.title()))
                    .append("**: ").append(esc(s.reason())).append('\n'));
            b.append('\n');
        }
        b.append("---\n\n*Made with Slant ").append(inline(version)).append(", seed ").append(set.seed())
                .append(": the same articles and seed give the same files. analysis.json holds the analysis every ")
                .append("key cites.*\n");
        return b.toString();
    }

    private static void part(StringBuilder b, Part p) {
        if (p.heading() != null) {
            b.append("### ").append(esc(p.heading())).append("\n\n");
        }
        if (p.note() != null) {
            b.append('*').append(esc(p.note())).append("*\n\n");
        }
        for (Part.Para para : p.paras()) {
            b.append("> ");
            if (para.label() != null) {
                b.append("**").append(esc(para.label())).append("** ");
            }
            for (Part.Run r : para.runs()) {
                if (r.marker() != null) {
                    b.append("**").append(esc(r.marker())).append("** ");
                }
                String t = esc(r.text());
                if (r.strong() && !r.text().isBlank()) {
                    // keep the spaces outside the bold markers, or Markdown does not see them as markers
                    String core = t.strip();
                    int lead = t.indexOf(core);
                    b.append(t, 0, lead).append("**").append(core).append("**").append(t.substring(lead + core.length()));
                } else {
                    b.append(t);
                }
            }
            b.append("\n\n");
        }
        if (p.table() != null) {
            table(b, p.table());
        }
    }

    private static void table(StringBuilder b, Part.Table t) {
        b.append('|');
        t.headers().forEach(h -> b.append(' ').append(h.isEmpty() ? " " : esc(h)).append(" |"));
        b.append("\n|");
        t.headers().forEach(h -> b.append("---|"));
        b.append('\n');
        for (List<Part.Cell> row : t.rows()) {
            b.append('|');
            for (Part.Cell c : row) {
                String text = c.blank() ? "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" : esc(c.text());
                b.append(' ').append(c.head() ? "**" + text + "**" : text).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
    }

    /** Escapes Markdown punctuation and folds line breaks, so text stays text, also at a line's start. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(inline(s));
        // a line start must not open a list, a heading, a quotation or a rule
        if (b.length() > 0 && "-+=".indexOf(b.charAt(0)) >= 0) {
            b.insert(0, '\\');
        }
        int digits = 0;
        while (digits < b.length() && Character.isDigit(b.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < b.length() && (b.charAt(digits) == '.' || b.charAt(digits) == ')')) {
            b.insert(digits, '\\');
        }
        return b.toString();
    }

    /** Escapes Markdown punctuation and folds line breaks, for text in the middle of a line. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!', '&', '{', '}', '(', ')', '$' ->
                        b.append('\\').append(c);
                case '\n', '\r', '\t', '\u2028', '\u2029', '\u0085' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Evidence lines in a code span, fenced by one backtick more than the longest run inside. */
    private static String code(String s) {
        String t = s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " ");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        return fence + " " + t + " " + fence;
    }
}
