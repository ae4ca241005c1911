package org.slant.exercise;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import org.slant.report.html.HtmlReport;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Worksheets, keys and the index as HTML pages, through Mustache templates ({@code resources/exercises/}).
 * Mustache escapes every value and no template uses triple mustaches, so article text reaches the page only
 * as text. Each page is self-contained and print-ready (A4 margins, page breaks kept out of tasks and
 * answers, ruled answer lines, bold and numbers rather than colour); its Content-Security-Policy allows
 * only its own stylesheet, by hash, and nothing else: no script, no image, no request.
 */
final class HtmlSheets {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("exercises");
    private static final Map<String, Mustache> TEMPLATES = new ConcurrentHashMap<>();
    private static volatile String csp;

    private HtmlSheets() {
    }

    record TableView(List<String> headers, List<RowView> rows) {
        static TableView of(Part.Table t) {
            return t == null ? null : new TableView(t.headers(), t.rows().stream().map(RowView::new).toList());
        }

        /** Six columns or more: set smaller, so that words fit whole on an A4 page instead of breaking. */
        public boolean wide() {
            return headers.size() >= 6;
        }
    }

    record RowView(List<Part.Cell> cells) {
    }

    record PartView(String heading, String note, List<Part.Para> paras, TableView table) {
        static List<PartView> of(List<Part> parts) {
            return parts.stream().map(p -> new PartView(p.heading(), p.note(), p.paras(), TableView.of(p.table()))).toList();
        }
    }

    record TaskView(int number, String prompt, List<String> lines, TableView table) {
        static TaskView of(Task t) {
            return new TaskView(t.number(), t.prompt(), Collections.nCopies(t.lines(), ""), TableView.of(t.table()));
        }
    }

    record SheetView(String csp, String version, String source, String level, long seed, String kind, int number,
                     String title, String goal, int minutes, String keyFile, List<String> instructions,
                     List<String> hints, List<PartView> material, List<TaskView> tasks) {
        public boolean hasHints() {
            return !hints.isEmpty();
        }
    }

    record AnswerView(String label, String answer, List<String> details, List<Evidence> evidence) {
        public boolean hasDetails() {
            return !details.isEmpty();
        }
    }

    record KeyView(String csp, String version, String source, String level, long seed, String kind, int number,
                   String title, String goal, String sheetFile, String jsonFile, String summary, List<PartView> parts,
                   List<AnswerView> answers, List<String> notes) {
        public boolean hasParts() {
            return !parts.isEmpty();
        }

        public boolean hasNotes() {
            return !notes.isEmpty();
        }
    }

    record Item(int number, String title, String goal, int minutes, String sheet, String key, String json) {
    }

    record IndexView(String csp, String version, String source, String level, long seed, String summary,
                     List<Item> items, List<ExerciseSet.Skip> skipped) {
        public boolean hasItems() {
            return !items.isEmpty();
        }

        public boolean hasSkipped() {
            return !skipped.isEmpty();
        }
    }

    static String worksheet(Exercise e, ExerciseSet set, String version) {
        return render("sheet.mustache", new SheetView(policy(), version, set.source(), set.level().id(), set.seed(),
                e.kind(), e.number(), e.title(), e.goal(), e.minutes(), e.slug() + ".key.html", e.instructions(),
                e.hints(), PartView.of(e.material()), e.tasks().stream().map(TaskView::of).toList()));
    }

    static String key(Exercise e, ExerciseSet set, String version) {
        List<AnswerView> answers = new ArrayList<>();
        for (Answer a : e.key().answers()) {
            answers.add(new AnswerView(a.label(), a.answer(), a.details(), a.evidence()));
        }
        return render("key.mustache", new KeyView(policy(), version, set.source(), set.level().id(), set.seed(),
                e.kind(), e.number(), e.title(), e.goal(), e.slug() + ".html", e.slug() + ".key.json",
                e.key().summary(), PartView.of(e.key().parts()), answers, e.key().notes()));
    }

    static String index(ExerciseSet set, String version) {
        List<Item> items = new ArrayList<>();
        for (Exercise e : set.exercises()) {
            items.add(new Item(e.number(), e.title(), e.goal(), e.minutes(), e.slug() + ".html",
                    e.slug() + ".key.html", e.slug() + ".key.json"));
        }
        return render("index.mustache", new IndexView(policy(), version, set.source(), set.level().id(), set.seed(),
                set.summary(), items, set.skipped()));
    }

    private static String render(String template, Object view) {
        StringWriter w = new StringWriter(16 * 1024);
        TEMPLATES.computeIfAbsent(template, FACTORY::compile).execute(w, view);
        return w.toString();
    }

    /** Nothing may load or run; only the page's own stylesheet applies (by its hash). */
    static String policy() {
        String p = csp;
        if (p == null) {
            StringWriter w = new StringWriter();
            FACTORY.compile("style.mustache").execute(w, new Object());
            p = "default-src 'none'; style-src " + HtmlReport.cspHash(w.toString()) + "; script-src 'none'; img-src 'none'; "
                    + "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";
            csp = p;
        }
        return p;
    }

}
