package org.slant.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule that keeps Slant from deleting a file it did not make. Every folder Slant writes (a report,
 * exercises, {@code analyze --out}) carries a marker file, {@value #MARKER}. Slant writes into, or replaces,
 * an existing folder only when the folder carries the marker or is empty; it never writes a folder that holds
 * one of the run's inputs or lies inside one (a report written there would be read back as articles next
 * time, and replacing it would delete the inputs). Commands check before any analysis, so a refusal costs
 * nothing; writers check again just before they replace, as the folder may have changed meanwhile.
 */
public final class OutputFolder {

    /** The marker's file name; a hidden file, so Slant never reads it as an article. */
    public static final String MARKER = ".slant-output";
    static final String FIRST_LINE = "slant output folder";
    /** The marker's text, the same bytes every time (reports are byte-for-byte reproducible). */
    static final byte[] TEXT = (FIRST_LINE + "\n"
            + "Slant wrote this folder and replaces it whole when told to write here again (--out).\n"
            + "Keep no files of your own in it. Without this file, Slant refuses to write here.\n")
            .getBytes(StandardCharsets.UTF_8);

    /** Why a folder may not be written; the message is one line, naming the folder. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(Path folder, String why) {
            super(folder.toString().replace('\\', '/') + ": " + why);
        }
    }

    private OutputFolder() {
    }

    /**
     * Checks, before any work, that {@code out} may be written: it is not an input, does not hold one and does
     * not lie inside one, and it is new, empty or Slant's.
     *
     * @param inputs every path the run reads (articles, folders, manifest, lexicons); missing ones are skipped
     */
    public static void check(Path out, List<Path> inputs) throws Refused {
        Path real = RealPaths.of(out);
        for (Path in : inputs) {
            Path r = RealPaths.of(in);
            if (r.equals(real)) {
                throw new Refused(out, "refusing to write here: the folder is the input "
                        + in.toString().replace('\\', '/') + " (choose an output folder outside the inputs)");
            }
            if (r.startsWith(real)) {
                throw new Refused(out, "refusing to write here: the folder holds the input "
                        + in.toString().replace('\\', '/') + " (choose an output folder outside the inputs)");
            }
            if (real.startsWith(r) && Files.isDirectory(r)) {
                throw new Refused(out, "refusing to write here: the folder is inside the input "
                        + in.toString().replace('\\', '/') + " (choose an output folder outside the inputs)");
            }
        }
        checkOwned(out);
    }

    /** Checks that {@code out} is new, an empty folder, or a folder carrying Slant's marker. */
    public static void checkOwned(Path out) throws Refused {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(out)) {
            throw new Refused(out, "is a symbolic link; Slant will not replace it (name the folder it leads to)");
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(out, "exists and is not a folder; Slant will not replace it");
        }
        if (!isMarked(out) && !isEmpty(out)) {
            throw new Refused(out, "refusing to replace a folder Slant did not write (it holds files and no "
                    + MARKER + " marker); choose a new or empty folder");
        }
    }

    /** Writes the marker into a folder Slant is filling. */
    public static void mark(Path folder) throws IOException {
        Files.write(folder.resolve(MARKER), TEXT);
    }

    /** Whether the folder carries Slant's marker: a regular file of that name starting with its first line. */
    public static boolean isMarked(Path folder) {
        Path m = folder.resolve(MARKER);
        if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        byte[] want = (FIRST_LINE + "\n").getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(m)) {
            return Arrays.equals(in.readNBytes(want.length), want);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) throws Refused {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new Refused(folder, "cannot list the folder (" + e.getMessage() + ")");
        }
    }
}
