package org.slant.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code slant check --output FILE}: written whole or not at all (a temporary file beside it, then an atomic
 * rename), so a CI step that uploads it never sees half a SARIF file. A file that is already there is
 * replaced only when it is empty or slant check wrote it (its first kilobytes carry the mark of one of the
 * formats): Slant never overwrites a file it did not make.
 */
final class CheckOutputFile {

    /** What each format writes near its start or (text, github) in its closing summary line. */
    private static final List<String> MARKS = List.of("slant/check/v1", "\"name\": \"slant\"",
            "<testsuites name=\"slant check\"", "slant check: ", "::notice title=slant check::");

    private static final int LOOK = 64 * 1024;

    private CheckOutputFile() {
    }

    static void write(Path file, String text) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new IOException("--output " + shown(file) + " is a folder");
        }
        if (Files.exists(abs) && !ours(abs)) {
            throw new IOException("--output " + shown(file) + " exists and was not written by slant check; "
                    + "refusing to replace it (remove it or choose another name)");
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Empty, or its head or tail carries a mark of slant check's output. */
    static boolean ours(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(LOOK);
            String h = new String(head, StandardCharsets.UTF_8);
            if (MARKS.stream().anyMatch(h::contains)) {
                return true;
            }
            if (size <= LOOK) {
                return false;
            }
            in.skipNBytes(Math.max(0, size - LOOK - head.length));
            String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return MARKS.stream().anyMatch(t::contains);
        }
    }

    private static String shown(Path p) {
        return p.toString().replace('\\', '/');
    }
}
