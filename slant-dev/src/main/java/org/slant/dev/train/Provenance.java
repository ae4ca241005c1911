package org.slant.dev.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Which code a model was trained from: the git commit of the working tree and that commit's date (not
 * today's, so training the same commit twice gives the same bytes), marked when the Java sources have
 * uncommitted changes. Without git, both are {@code unknown}.
 */
public record Provenance(String commit, String date) {

    public static Provenance of(Path repo) {
        String commit = git(repo, "rev-parse", "--short=7", "HEAD");
        String date = git(repo, "log", "-1", "--format=%cs");
        // the product's code and the trainers' (slant-dev)
        String dirty = git(repo, "status", "--porcelain", "--", "src/main/java", "slant-dev/src/main/java");
        if (commit.isEmpty()) {
            return new Provenance("unknown", "unknown");
        }
        return new Provenance(dirty.isEmpty() ? commit : commit + " with uncommitted changes", date.isEmpty() ? "unknown" : date);
    }

    private static String git(Path repo, String... args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
