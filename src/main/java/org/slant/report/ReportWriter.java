package org.slant.report;

import org.slant.compare.Analysis;
import org.slant.files.OutputFolder;
import org.slant.lexicon.Lexicons;
import org.slant.report.csv.ComparisonCsv;
import org.slant.report.csv.CsvReports;
import org.slant.report.html.HtmlReport;
import org.slant.report.json.AnalysisJson;
import org.slant.report.json.ArticleRecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the report set into a folder atomically: everything goes into a temporary sibling folder, which
 * then replaces the old one by renames. An interrupted run leaves the previous report as it was.
 */
public final class ReportWriter {

    private final Lexicons lexicons;

    /** @param lexicons the lexicons the analysis used (the page's Method section lists them) */
    public ReportWriter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The files of the report set, by name, in the order they are written. */
    public Map<String, byte[]> render(Analysis a) throws IOException {
        // the page is the biggest job: render it on a second thread while the data files are written
        java.util.concurrent.FutureTask<byte[]> html = new java.util.concurrent.FutureTask<>(
                () -> HtmlReport.render(a, lexicons).getBytes(StandardCharsets.UTF_8));
        Thread t = new Thread(html, "report-html");
        t.setDaemon(true);
        t.start();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("analysis.json", AnalysisJson.bytes(a));
        files.put("articles.csv", CsvReports.articles(a).getBytes(StandardCharsets.UTF_8));
        files.put("findings.csv", CsvReports.findings(a).getBytes(StandardCharsets.UTF_8));
        files.put("outlets.csv", ComparisonCsv.outlets(a).getBytes(StandardCharsets.UTF_8));
        files.put("reuse.csv", ComparisonCsv.reuse(a).getBytes(StandardCharsets.UTF_8));
        files.put("coverage.csv", ComparisonCsv.coverage(a).getBytes(StandardCharsets.UTF_8));
        files.put("similarity.csv", ComparisonCsv.similarity(a).getBytes(StandardCharsets.UTF_8));
        files.put("index.html", join(html));
        return files;
    }

    private static byte[] join(java.util.concurrent.FutureTask<byte[]> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering index.html", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException("cannot render index.html: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Writes the report set. Files stream straight into the temporary folder ({@code analysis.json} of a
     * sampled corpus can be large), the page renders on a second thread meanwhile, then the folder swaps in.
     */
    public void write(Analysis a, Path outDir) throws IOException {
        writeInto(outDir, tmp -> fill(a, ArticleRecords.of(a), tmp, false));
    }

    /**
     * Writes the report set into a folder being filled (a {@link #writeInto} temporary folder): the page and
     * the comparison's files from the analysis, {@code articles.csv} and {@code analysis.json} from the given
     * articles (every article of a streamed run), one at a time.
     *
     * @param findingsWritten {@code findings.csv} is already in the folder (streamed during the run)
     */
    public void fill(Analysis a, ArticleRecords articles, Path tmp, boolean findingsWritten) throws IOException {
        java.util.concurrent.FutureTask<byte[]> html = new java.util.concurrent.FutureTask<>(
                () -> HtmlReport.render(a, lexicons, articles.complete()).getBytes(StandardCharsets.UTF_8));
        Thread t = new Thread(html, "report-html");
        t.setDaemon(true);
        t.start();
        try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp.resolve("analysis.json")))) {
            AnalysisJson.write(a, articles, o);
        }
        try (java.io.Writer w = Files.newBufferedWriter(tmp.resolve("articles.csv"), StandardCharsets.UTF_8)) {
            CsvReports.articles(articles, w);
        }
        if (!findingsWritten) {
            Files.writeString(tmp.resolve("findings.csv"), CsvReports.findings(a));
        }
        Files.writeString(tmp.resolve("outlets.csv"), ComparisonCsv.outlets(a));
        Files.writeString(tmp.resolve("reuse.csv"), ComparisonCsv.reuse(a));
        Files.writeString(tmp.resolve("coverage.csv"), ComparisonCsv.coverage(a));
        Files.writeString(tmp.resolve("similarity.csv"), ComparisonCsv.similarity(a));
        Files.write(tmp.resolve("index.html"), join(html));
    }

    /** Fills a folder's files. */
    public interface Filler {
        void fill(Path folder) throws IOException;
    }

    /** Replaces {@code outDir} with a folder holding exactly these files. */
    public static void writeAll(Map<String, byte[]> files, Path outDir) throws IOException {
        writeInto(outDir, tmp -> {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = tmp.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
        });
    }

    /**
     * Fills a temporary sibling folder, marks it as Slant's, then replaces {@code outDir} with it by renames.
     * A folder Slant did not write (see {@link OutputFolder}) is refused, before and again just before the swap.
     */
    public static void writeInto(Path outDir, Filler filler) throws IOException {
        OutputFolder.checkOwned(outDir);
        Path target = outDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path tmp = freshFolder(parent, "." + name + ".tmp-");
        try {
            filler.fill(tmp);
            OutputFolder.mark(tmp);
            swap(tmp, target, parent, name);
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * A new empty folder beside the target. Not {@code Files.createTempDirectory}: that makes it 0700, and the
     * report folder it becomes would be unreadable to the user's group and web server; a plain
     * {@code createDirectory} gets the usual permissions (0777 less the umask).
     */
    static Path freshFolder(Path parent, String prefix) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void swap(Path tmp, Path target, Path parent, String name) throws IOException {
        OutputFolder.checkOwned(target); // the folder may have appeared or changed while the files were made
        if (!Files.exists(target)) {
            move(tmp, target);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(tmp, target);
        } catch (IOException e) {
            move(old, target); // put the previous report back
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
