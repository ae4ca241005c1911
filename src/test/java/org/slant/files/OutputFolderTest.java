package org.slant.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.report.ReportWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The marker rule as the library sees it: {@link ReportWriter} (reports, exercises) obeys it too. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    private static final Map<String, byte[]> FILES = Map.of("a.txt", "a\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void theLibraryWriterRefusesAUserFolderAndMarksItsOwn() throws IOException {
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve("thesis.md"), "mine\n");
        OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class, () -> ReportWriter.writeAll(FILES, user));
        assertTrue(e.getMessage().endsWith("user: refusing to replace a folder Slant did not write (it holds files "
                + "and no .slant-output marker); choose a new or empty folder"), e.getMessage());
        assertEquals("mine\n", Files.readString(user.resolve("thesis.md")));

        Path ours = tmp.resolve("ours");
        ReportWriter.writeAll(FILES, ours);
        assertTrue(OutputFolder.isMarked(ours));
        assertArrayEquals(OutputFolder.TEXT, Files.readAllBytes(ours.resolve(OutputFolder.MARKER)));
        assertDoesNotThrow(() -> ReportWriter.writeAll(FILES, ours));
    }

    @Test
    void aMarkerIsAFileOfThatNameWithOurFirstLine() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(d.resolve(OutputFolder.MARKER), "something else\n");
        assertFalse(OutputFolder.isMarked(d));
        Files.delete(d.resolve(OutputFolder.MARKER));
        Files.createDirectories(d.resolve(OutputFolder.MARKER));
        assertFalse(OutputFolder.isMarked(d));
    }

    @Test
    void inputsAreComparedByWhereTheyReallyAre() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        assertThrows(OutputFolder.Refused.class, () -> OutputFolder.check(tmp.resolve("in/../in/x"), List.of(in)));
        assertThrows(OutputFolder.Refused.class, () -> OutputFolder.check(tmp, List.of(in.resolve("a.txt"))));
        assertDoesNotThrow(() -> OutputFolder.check(tmp.resolve("out"), List.of(in, tmp.resolve("missing.txt"))));
        // a sibling whose name starts with the input's name is not inside it
        assertDoesNotThrow(() -> OutputFolder.check(tmp.resolve("in-report"), List.of(in)));
    }
}
