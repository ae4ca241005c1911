package org.slant;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slant.check.Checker;
import org.slant.check.PolicyReader;
import org.slant.check.Vocabulary;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.Formats;
import org.slant.ingest.InputFile;
import org.slant.ingest.Manifest;
import org.slant.ingest.ReadItem;
import org.slant.lexicon.Lexicons;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work grows linearly with the input, whatever its shape: each shape that once took minutes (or crashed) is
 * generated at two sizes ten times apart and run through the real code path in-process (the reader, outlet
 * inference and the pipeline; the check for markers; the manifest reader for a manifest). The ratio of the
 * two times must stay near ten: at most {@value #MAX_RATIO}, where a quadratic part would give a hundred. A
 * ratio within one run, never an absolute time; the median of {@value #REPEATS} runs after a warm-up, and the
 * time is the test thread's CPU time, which other processes on a shared machine do not inflate.
 */
class LinearTimeTest {

    static final double MAX_RATIO = 20;
    static final int REPEATS = 3;

    @TempDir
    Path tmp;

    private static final String[] SENTENCES = {
        "The minister said the talks were useful.", "Officials claimed the regime's plan was bizarre and threatening.",
        "According to sources, the deal collapsed on Friday.", "Kiev and Kyiv are both used in the reports.",
        "Analysts reportedly warned that the so-called experts were wrong."};

    /** A shape: the file it is written to, its unit count at the small size, and the text of n units. */
    enum Shape {
        SIBLING_PARAGRAPHS("a.html", 500, n -> "<html><body>" + repeat(n, i -> "<p>Paragraph " + i + " of the page.</p>")
                + "</body></html>"),
        IDENTICAL_PARAGRAPHS("a.txt", 500, n -> "Title\n\n" + repeat(n, i -> i % 2 == 0
                ? "The minister said the talks were useful and frank.\n\n"
                : "The minister at the talks in Paris on Friday.\n\nThe minister at the talks in Paris on Friday. Photo: AFP\n\n")),
        COPYRIGHT_LINES("a.txt", 1_000, n -> repeat(n, i -> i % 2 == 0 ? "Copyright (c) 2024 X\n"
                : "Copyright (c) 2024 The Daily " + Integer.toString(i, 26).replace('0', 'z') + "\n")),
        ONE_SENTENCE_OF_SPEAKERS("a.txt", 5_000, n -> {
            Random r = new Random(1);
            String[] names = {"Smith", "Jones", "Brown", "Lavrov", "Macron", "Shoigu"};
            String[] verbs = {"said", "told", "claimed", "insisted", "added", "warned"};
            return repeat(n, i -> names[r.nextInt(names.length)] + " " + verbs[r.nextInt(verbs.length)] + " ") + ".\n";
        }),
        CAPITALISED_WORDS("a.txt", 3_000, n -> {
            Random r = new Random(2);
            return repeat(n, i -> {
                char[] w = new char[3 + r.nextInt(6)];
                for (int k = 0; k < w.length; k++) {
                    w[k] = (char) ((k == 0 ? 'A' : 'a') + r.nextInt(26));
                }
                return new String(w) + " ";
            }) + "\n";
        }),
        SUPPRESSION_MARKERS("a.md", 1_000, n -> "# Markers\n\n" + repeat(n, i -> switch (i % 4) {
            case 0 -> "The bizarre plan was a provocation, line " + i + ".\n<!-- slant-disable terminology.loaded loaded.bizzare -- why -->\n";
            case 1 -> "It was a massacre, said the so-called experts. <!-- slant-disable-line loaded.massacre -->\n";
            case 2 -> "<!-- slant-disable-next-line -- the court's wording -->\nThe hawkish extremists reportedly agreed.\n";
            default -> "<!-- slant-enable terminology.loaded -->\nThe regime was threatening, officials said.\n";
        })),
        UNCLOSED_COMMENTS_AND_CODE_SPANS("a.md", 500, n -> "# Marks\n\n" + repeat(n, i ->
                "The minister said `the talks <!-- were ``useful and frank, line " + i + ".\n")),
        LONG_SINGLE_LINE("a.txt", 500, n -> {
            Random r = new Random(3);
            return repeat(n, i -> SENTENCES[r.nextInt(SENTENCES.length)] + " ") + "\n";
        }),
        BIG_MANIFEST("manifest.yaml", 2_000, n -> "articles:\n" + repeat(n, i -> "  - id: a" + i + "\n    file: a" + i
                + ".txt\n    outlet: Outlet " + i + "\n    date: \"2024-04-04\"\n    title: \"Title " + i + "\"\n")),
        DEEP_HTML("a.html", 5_000, n -> "<html><body>" + "<div>".repeat(n) + "Deep text, the minister said." + "</div>".repeat(n)
                + "</body></html>");

        final String file;
        final int small;
        final IntFunction<String> text;

        Shape(String file, int small, IntFunction<String> text) {
            this.file = file;
            this.small = small;
            this.text = text;
        }
    }

    static String repeat(int n, IntFunction<String> unit) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(unit.apply(i));
        }
        return b.toString();
    }

    private static final Lexicons LEXICONS = Slant.lexicons().standard();
    private static final Pipeline PIPELINE = Slant.pipeline(LEXICONS);
    private static final ArticleReaders READERS = new ArticleReaders(Long.MAX_VALUE);
    private static Checker checker;

    private static synchronized Checker checker() {
        if (checker == null) {
            Vocabulary v = Vocabulary.of(PIPELINE, LEXICONS);
            checker = new Checker(PolicyReader.defaultPolicy().resolve(v), v, null, "test");
        }
        return checker;
    }

    /** The real code path for a file of this shape; returns something, so that no work can be skipped. */
    static Object run(Shape shape, Path file) {
        if (shape == Shape.BIG_MANIFEST) {
            Manifest m = Manifest.read(file, file.toString());
            return m.find(file.resolveSibling("a0.txt"), "a0");
        }
        ReadItem item = READERS.read(new InputFile(file, file.toString(), Formats.of(file.toString()), null)).next();
        assertTrue(item.isOk(), () -> String.valueOf(item.error()));
        ArticleResult r = PIPELINE.analyze(Slant.resolve(item.article()));
        if (shape == Shape.SUPPRESSION_MARKERS) {
            return checker().check(r);
        }
        return r;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static long nanos(Runnable r) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long t0 = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        r.run();
        return (cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
    }

    static long median(Shape shape, Path file) {
        long[] t = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            t[i] = nanos(() -> assertNotNull(run(shape, file)));
        }
        Arrays.sort(t);
        return t[REPEATS / 2];
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void timeGrowsLinearlyWithSize(Shape shape) throws Exception {
        Path small = write(shape, "small", shape.small);
        Path large = write(shape, "large", shape.small * 10);
        run(shape, small); // warm-up: classes loaded, code compiled
        run(shape, large);
        long ts = median(shape, small);
        long tl = median(shape, large);
        double ratio = (double) tl / Math.max(1, ts);
        System.out.printf("%s: %d units %.0f ms, %d units %.0f ms, ratio %.1f%n", shape, shape.small, ts / 1e6,
                shape.small * 10, tl / 1e6, ratio);
        assertTrue(ratio <= MAX_RATIO, shape + ": 10x the input took " + String.format("%.1f", ratio)
                + "x the time (at most " + MAX_RATIO + "x allowed)");
    }

    private Path write(Shape shape, String dir, int n) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(dir));
        Path f = d.resolve(shape.file);
        Files.writeString(f, shape.text.apply(n));
        return f;
    }
}
