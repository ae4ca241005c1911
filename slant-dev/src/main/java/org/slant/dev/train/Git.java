package org.slant.dev.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The code commit a model is trained from, for its provenance: {@code git log -1}, or "unknown". */
final class Git {

    private Git() {
    }

    /** {@code <short hash>@<commit date>} of HEAD, or "unknown" outside a git checkout. */
    static String head() {
        try {
            Process p = new ProcessBuilder("git", "log", "-1", "--format=%h@%cs").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && s.matches("[0-9a-f]+@[0-9-]+") ? s : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
