package org.slant.exercise;

import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.extract.attribution.ActorLabels;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.ingest.OutletKind;
import org.slant.lexicon.Lexicons;
import org.slant.report.ReportWriter;
import org.slant.report.json.AnalysisJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Teaching exercises from an analysed set of articles: seven kinds of worksheet, each with an answer key
 * whose every answer cites its evidence in {@code analysis.json}.
 *
 * <pre>
 *   Analysis a = Slant.analyzeAll(List.of("seeds"), RunOptions.defaults());
 *   ExerciseSet set = Exercises.build(a, Slant.lexicons().standard(), Level.INTRO, 1, "seeds");
 *   Exercises.write(set, a, Exercises.Format.HTML, Path.of("reports/seeds-exercises"));
 * </pre>
 */
public final class Exercises {

    /** The output format of worksheets, keys and the index. */
    public enum Format {
        HTML("html"),
        MD("md");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** The kinds, in their fixed order: the number of each is its place here. */
    static final List<ExerciseKind> KINDS = List.of(new LoadedWords(), new WhoSpeaks(), new SameStory(),
            new WhatIsMissing(), new NotTheArticle(), new BlindComparison(), new NamingChoices());

    private Exercises() {
    }

    /** Makes every kind that the set allows, with the given level and seed. */
    public static ExerciseSet build(Analysis a, Lexicons lexicons, Level level, long seed, String source) {
        Context c = new Context(a, level, seed, lexicons.compile(new TerminologyKind()), lexicons.compile(new OutletKind()),
                new ActorLabels(lexicons));
        List<Exercise> made = new ArrayList<>();
        List<ExerciseSet.Skip> skipped = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            ExerciseKind k = KINDS.get(i);
            ExerciseKind.Outcome o = a.articles().isEmpty()
                    ? ExerciseKind.Outcome.skip("No article could be analysed.") : k.make(c, i + 1);
            if (o.exercise() != null) {
                made.add(o.exercise());
            } else {
                skipped.add(new ExerciseSet.Skip(i + 1, k.id(), k.title(), o.skipped()));
            }
        }
        return new ExerciseSet(source, level, seed, a.articles().size(), made, skipped);
    }

    /**
     * The files: {@code index}, per exercise a worksheet, its key and the key's evidence as JSON
     * ({@code N-kind.key.json}), and {@code analysis.json}, which every key cites.
     */
    public static Map<String, byte[]> files(ExerciseSet set, Analysis a, Format format) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String ext = format.extension;
        out.put("index." + ext, bytes(format == Format.HTML ? HtmlSheets.index(set, a.toolVersion())
                : MarkdownSheets.index(set, a.toolVersion())));
        for (Exercise e : set.exercises()) {
            String sheet = e.slug() + "." + ext;
            String key = e.slug() + ".key." + ext;
            if (format == Format.HTML) {
                out.put(sheet, bytes(HtmlSheets.worksheet(e, set, a.toolVersion())));
                out.put(key, bytes(HtmlSheets.key(e, set, a.toolVersion())));
            } else {
                out.put(sheet, bytes(MarkdownSheets.worksheet(e, set, a.toolVersion())));
                out.put(key, bytes(MarkdownSheets.key(e, set, a.toolVersion())));
            }
            out.put(e.slug() + ".key.json", KeyJson.bytes(e, set));
        }
        out.put("analysis.json", AnalysisJson.bytes(a));
        return out;
    }

    /** Writes the files into {@code dir}, replacing it atomically (as the report does). */
    public static void write(ExerciseSet set, Analysis a, Format format, Path dir) throws IOException {
        ReportWriter.writeAll(files(set, a, format), dir);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
