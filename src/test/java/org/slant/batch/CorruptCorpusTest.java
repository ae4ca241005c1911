package org.slant.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.cli.Main;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A corpus of 10,000 files, 100 of them corrupt (binary, truncated mid-character, invalid UTF-8, empty):
 * every good file gives a result, every bad one an error naming it, and the run says it was partial.
 */
class CorruptCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void tenThousandFilesHundredCorrupt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Set<String> bad = new TreeSet<>();
        for (int i = 0; i < 10_000; i++) {
            String name = String.format("n%05d.txt", i);
            Path p = dir.resolve(name);
            String text = "Talks in Paris " + i + "\n\nThe ministers met on day " + i
                    + " and said the talks were useful. Officials said more talks would follow.";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (i % 100 == 37) {
                bad.add(name);
                bytes = switch ((i / 100) % 4) {
                    case 0 -> new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2};                       // binary
                    case 1 -> java.util.Arrays.copyOf("Caf\u00e9".getBytes(StandardCharsets.UTF_8), 4); // cut in a character
                    case 2 -> new byte[]{'a', ' ', (byte) 0xFF, (byte) 0xFE, 'b'};                  // invalid UTF-8
                    default -> new byte[0];                                                           // empty
                };
            }
            Files.write(p, bytes);
        }
        List<ArticleResult> results = new ArrayList<>();
        List<AnalysisError> errors = new ArrayList<>();
        StreamSummary s = Slant.stream(List.of(dir.toString()), RunOptions.defaults(), new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                results.add(r.withoutContent());
            }

            @Override
            public void error(AnalysisError e) {
                errors.add(e);
            }
        }, f -> false);
        assertEquals(9_900, s.articles());
        assertEquals(9_900, results.size());
        assertEquals(100, errors.size());
        Set<String> named = new TreeSet<>();
        errors.forEach(e -> named.add(e.file().substring(e.file().lastIndexOf('/') + 1)));
        assertEquals(bad, named);
        // the command line says the run was partial: exit code 2, results written for every good file
        Path out = tmp.resolve("out"); // outside the input: an output folder inside one is refused
        int code = Main.commandLine().execute("analyze", "--quiet", "--out", out.toString(), dir.toString());
        assertEquals(2, code);
        assertEquals(9_900, Files.readAllLines(out.resolve("articles.jsonl")).size());
        assertEquals(100, Files.readAllLines(out.resolve("errors.jsonl")).size());
    }
}
