package org.slant.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the command line in a JVM of its own, for what an in-process run cannot set: the working folder
 * (policy discovery, git), the environment ({@code GITHUB_STEP_SUMMARY}, {@code LANG}), JVM options (the
 * default charset) and standard input.
 */
public record ChildCli(int code, String out, String err) {

    /** What a run printed, as bytes (for tests that compare encodings). */
    public record Raw(int code, byte[] out, byte[] err) {
    }

    public static ChildCli run(Path dir, Map<String, String> env, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        Raw r = raw(dir, List.of(), env, stdin, args);
        return new ChildCli(r.code(), new String(r.out(), StandardCharsets.UTF_8), new String(r.err(), StandardCharsets.UTF_8));
    }

    public static Raw raw(Path dir, List<String> jvmOptions, Map<String, String> env, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.slant.cli.Main");
        cmd.addAll(List.of(args));
        // output to files, not pipes: neither stream can fill up and block the child
        Path out = Files.createTempFile("slant-child-", ".out");
        Path err = Files.createTempFile("slant-child-", ".err");
        Path in = Files.createTempFile("slant-child-", ".in");
        try {
            Files.write(in, stdin == null ? new byte[0] : stdin);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(in.toFile());
            pb.environment().remove("GITHUB_STEP_SUMMARY");
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("slant " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Raw(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(in);
        }
    }
}
