package org.slant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.files.OutputFolder;
import org.slant.testing.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output folders are Slant's alone: {@code report}, {@code exercises} and {@code analyze --out} never replace
 * or write into a folder of the user's files, nor a folder that is, holds or lies inside an input.
 */
class OutputFolderCliTest {

    private static final List<String> WRITERS = List.of("report", "exercises", "analyze");

    @TempDir
    Path tmp;

    private Path articles() throws IOException {
        Path in = tmp.resolve("articles");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "The ministers met on Wednesday in Paris. \"We talked,\" one said.\n");
        Files.writeString(in.resolve("b.txt"), "Ministers held talks in Paris on Wednesday, officials said.\n");
        return in;
    }

    private static CliRun write(String command, Path out, Path... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "-q", "--out", out.toString()));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        return CliRun.run(args.toArray(String[]::new));
    }

    private static void refused(CliRun r, String says) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: ") && r.err().contains(says), r.err());
        assertEquals("", r.out(), "nothing was analysed or written");
    }

    /** Every file under a folder with its bytes, to compare before and after. */
    private static java.util.Map<String, byte[]> snapshot(Path dir) throws IOException {
        java.util.Map<String, byte[]> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSame(java.util.Map<String, byte[]> before, Path dir) throws IOException {
        java.util.Map<String, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    @Test
    void aFolderOfTheUsersFilesIsNeverReplaced() throws IOException {
        Path in = articles();
        Path w = tmp.resolve("w");
        Files.createDirectories(w.resolve("keep"));
        Files.writeString(w.resolve("keep/notes.md"), "x\n");
        var before = snapshot(w);
        for (String c : WRITERS) {
            refused(write(c, w, in), "refusing to replace a folder Slant did not write");
            assertSame(before, w);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("articles", "w"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folder left behind");
        }
    }

    @Test
    void theInputItselfIsRefusedBeforeAnyWork() throws IOException {
        Path in = articles();
        var before = snapshot(in);
        for (String c : WRITERS) {
            refused(write(c, in, in), "the folder is the input");
            assertSame(before, in);
        }
    }

    @Test
    void aFolderHoldingTheInputIsRefusedEvenWhenItIsSlants() throws IOException {
        Path in = articles();
        OutputFolder.mark(tmp); // a folder Slant once wrote, the articles since put inside it
        var before = snapshot(tmp);
        for (String c : WRITERS) {
            refused(write(c, tmp, in), "the folder holds the input");
            assertSame(before, tmp);
        }
    }

    @Test
    void aFolderInsideTheInputIsRefused() throws IOException {
        Path in = articles();
        for (String c : WRITERS) {
            refused(write(c, in.resolve("out"), in), "the folder is inside the input");
            assertTrue(Files.notExists(in.resolve("out")));
        }
    }

    @Test
    void aLinkToTheInputIsSeenThrough() throws IOException {
        Path in = articles();
        Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
        refused(write("report", link.resolve("r"), in), "the folder is inside the input");
        refused(write("report", link, in), "the folder is the input");
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path in = articles();
        Path f = Files.writeString(tmp.resolve("notes.txt"), "mine\n");
        refused(write("report", f, in), "exists and is not a folder");
        assertEquals("mine\n", Files.readString(f));
    }

    @Test
    void slantsOwnFolderIsReplacedAndAnEmptyFolderIsUsed() throws IOException {
        Path in = articles();
        for (String c : WRITERS) {
            Path out = Files.createDirectories(tmp.resolve("empty-" + c));
            CliRun first = write(c, out, in);
            assertEquals(0, first.code(), first.err());
            assertTrue(OutputFolder.isMarked(out), c + " marks its folder");
            CliRun again = write(c, out, in);
            assertEquals(0, again.code(), again.err());
        }
    }

    @Test
    void aRefusedRunKeepsThePreviousReport() throws IOException {
        Path in = articles();
        Path out = tmp.resolve("r");
        assertEquals(0, write("report", out, in).code());
        var before = snapshot(out);
        Files.delete(out.resolve(OutputFolder.MARKER)); // the user took the folder over
        before.remove(OutputFolder.MARKER);
        refused(write("report", out, in), "did not write");
        assertSame(before, out);
    }

    @Test
    void analyzeResumesInItsOwnFolder() throws IOException {
        Path in = articles();
        Path out = tmp.resolve("o");
        assertEquals(0, write("analyze", out, in).code());
        CliRun r = CliRun.run("analyze", "-q", "--out", out.toString(), "--resume", in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 articles analysed, 2 skipped as already done"), r.out());
    }
}
