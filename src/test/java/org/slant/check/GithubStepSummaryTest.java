package org.slant.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.lexicon.Lexicons;
import org.slant.testing.Project;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitHub format on a large batch: no more annotations than a step shows, the rest in the step summary. */
class GithubStepSummaryTest {

    @TempDir
    Path tmp;

    @Test
    void twoHundredArticlesFitWhatGithubShowsAndTheRestIsSummarised() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("articles"));
        List<Path> seeds;
        try (var s = Files.list(Project.seeds())) {
            seeds = s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
        for (int i = 0; i < 200; i++) {
            Files.copy(seeds.get(i % seeds.size()), corpus.resolve(String.format("a%03d.txt", i)));
        }
        Lexicons lexicons = Slant.lexicons().withUserFiles(List.of());
        Vocabulary v = Vocabulary.of(Slant.pipeline(lexicons), lexicons);
        Policy policy = PolicyReader.defaultPolicy().resolve(v);
        CheckReport report = new Checker(policy, v, null, "test")
                .checkAll(Slant.runner(), List.of(corpus.toString()), RunOptions.defaults());
        assertEquals(200, report.articles().size());
        long reported = report.articles().stream().mapToLong(a -> a.reported().size()).sum();

        Path summary = tmp.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        StringWriter out = new StringWriter();
        CheckPrinter.of("github", summary).print(report, v, new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        long annotations = lines.stream().filter(l -> l.startsWith("::error ") || l.startsWith("::warning ")
                || l.startsWith("::notice ")).count();
        for (String level : List.of("error", "warning", "notice")) {
            assertTrue(lines.stream().filter(l -> l.startsWith("::" + level + " ")).count() <= GithubPrinter.PER_LEVEL,
                    level);
        }
        String md = Files.readString(summary);
        assertTrue(md.startsWith("earlier step\n"), "the step summary is appended to, never replaced");
        long rows = md.lines().filter(l -> l.startsWith("| warning |") || l.startsWith("| notice |")
                || l.startsWith("| error |")).count();
        // every reported issue is either an annotation or a row; the closing notice is the one extra annotation
        assertEquals(reported, annotations - 1 + rows);
        String last = lines.get(lines.size() - 1);
        Matcher m = Pattern.compile("; (\\d+) more annotations than GitHub shows in one step are listed in the step summary")
                .matcher(last);
        assertTrue(m.find(), last);
        assertEquals(rows, Long.parseLong(m.group(1)));
        assertEquals("a\\|b\\_\\<i\\> &amp; c", GithubPrinter.cell("a|b_<i> & c\n"), "cells are escaped Markdown, one line");

        // without a step summary the count of what was left out is still said
        StringWriter plain = new StringWriter();
        CheckPrinter.of("github", null).print(report, v, new PrintWriter(plain));
        assertTrue(plain.toString().contains(rows + " more annotations than GitHub shows in one step were left out"),
                plain.toString());
    }
}
