package org.slant.dev.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * This build against another one, as separate runs of each checkout's launcher ({@code slant analyze CORPUS
 * --threads 1 --out DIR --quiet}) in alternating rounds, so both meet the same machine: the median CPU time
 * of each (user + system, from the kernel's account of waited-for children in {@code /proc/self/stat}; wall
 * time where there is no {@code /proc}), their ratio, and whether the output files of the last round are the
 * same bytes. The launcher and the JVM's start are inside each run, as a user meets them.
 */
final class BaselineRuns {

    private static final List<String> OUTPUTS = List.of("articles.jsonl", "findings.csv", "metrics.csv", "errors.jsonl");
    private static final Path STAT = Path.of("/proc/self/stat");

    private final BenchRun run;
    private final Path corpus;
    private final long bytes;
    private final Path dir;

    BaselineRuns(BenchRun run, Path corpus, long bytes, Path dir) {
        this.run = run;
        this.corpus = corpus;
        this.bytes = bytes;
        this.dir = dir;
    }

    void compare(Path baseline, int rounds) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("slant.home", "."));
        Path ours = home.resolve("slant");
        Path theirs = baseline.resolve("slant");
        for (Path launcher : List.of(ours, theirs)) {
            if (!Files.isExecutable(launcher)) {
                throw new IllegalArgumentException("no launcher at " + launcher + " (give a checkout with ./slant)");
            }
            launch(launcher, List.of("--version"), null);   // builds it when needed, outside the timing
        }
        double[] mine = new double[rounds];
        double[] base = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            mine[r] = analyse(ours, dir.resolve("out-this"));
            base[r] = analyse(theirs, dir.resolve("out-baseline"));
            run.line(String.format("  round %d: this build %.2f s CPU, baseline %.2f s CPU", r + 1, mine[r], base[r]));
        }
        double m = median(mine);
        double b = median(base);
        run.value("this build, median CPU", m, "s (" + String.format("%.2f MB/s", bytes / 1e6 / m) + ")");
        run.value("baseline " + baseline + ", median CPU", b, "s (" + String.format("%.2f MB/s", bytes / 1e6 / b) + ")");
        run.value("ratio (baseline CPU / this build's)", b / m, "x");
        for (String f : OUTPUTS) {
            boolean same = Arrays.equals(Files.readAllBytes(dir.resolve("out-this").resolve(f)),
                    Files.readAllBytes(dir.resolve("out-baseline").resolve(f)));
            run.line("  " + (same ? "same bytes: " : "DIFFERENT: ") + f);
        }
    }

    private double analyse(Path launcher, Path out) throws IOException, InterruptedException {
        delete(out);
        return launch(launcher, List.of("analyze", corpus.toString(), "--threads", "1", "--out", out.toString(), "--quiet"),
                out);
    }

    /** Runs the launcher, its output discarded; returns its CPU seconds (wall seconds without /proc). */
    private static double launch(Path launcher, List<String> args, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(args);
        double cpu0 = childCpu();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0 && out != null) {
            throw new IllegalStateException(launcher + " " + String.join(" ", args) + " exited " + code);
        }
        double cpu1 = childCpu();
        return cpu0 < 0 || cpu1 < 0 ? wall : cpu1 - cpu0;
    }

    /** User + system seconds of the children waited for so far (fields 16 and 17, in clock ticks of 1/100 s). */
    private static double childCpu() {
        try {
            String s = Files.readString(STAT);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
