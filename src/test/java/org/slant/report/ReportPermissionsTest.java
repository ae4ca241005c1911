package org.slant.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A report folder gets the permissions any new folder of the user's gets, not a temporary folder's 0700. */
class ReportPermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void theReportFolderHasTheUsualPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        Path usual = Files.createDirectory(tmp.resolve("usual"));
        Path out = tmp.resolve("report");
        ReportWriter.writeAll(Map.of("index.html", "<p>hi</p>".getBytes()), out);
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(usual);
        assumeTrue(expected.contains(PosixFilePermission.GROUP_READ) || expected.contains(PosixFilePermission.OTHERS_READ),
                "the umask itself gives new folders 0700");
        assertEquals(expected, Files.getPosixFilePermissions(out));
    }
}
