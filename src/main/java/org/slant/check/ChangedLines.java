package org.slant.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What changed since a git revision ({@code --changed-since REF}), asked of the git on the machine: the
 * files that differ from REF in the working tree (committed or not) and the files git does not track yet,
 * and, for each, the lines that are new or changed. Teams with an archive of old articles gate only what a
 * change touches, as Vale's users do with its changed-lines filter.
 *
 * @param ref   the revision, as given
 * @param lines absolute real path to its changed lines (1-based); a null value means the whole file is new
 */
public record ChangedLines(String ref, Map<Path, BitSet> lines) {

    /** Why the changes could not be listed (no git, not a repository, an unknown revision), in one line. */
    public static final class GitException extends RuntimeException {
        public GitException(String message) {
            super(message);
        }
    }

    /** Asks git, in {@code dir}, what changed since {@code ref}. */
    public static ChangedLines since(String ref, Path dir) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new GitException("--changed-since needs a git revision, not '" + ref + "'");
        }
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
        git(dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        Map<Path, BitSet> lines = new HashMap<>();
        parseDiff(git(top, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--diff-filter=AMR", ref, "--"),
                top, lines);
        for (String f : git(top, "ls-files", "--others", "--exclude-standard", "-z").split("\0")) {
            if (!f.isEmpty()) {
                lines.put(real(top.resolve(f)), null);
            }
        }
        return new ChangedLines(ref, lines);
    }

    /** Reads {@code git diff -U0}: each {@code +++ b/file} names a file, each hunk's {@code +c,d} its new lines. */
    static void parseDiff(String diff, Path top, Map<Path, BitSet> out) {
        BitSet current = null;
        boolean wholeFile = false;
        Path file = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("--- ")) {
                wholeFile = line.equals("--- /dev/null");
            } else if (line.startsWith("+++ ")) {
                String name = line.substring(4);
                if (name.startsWith("b/")) {
                    name = name.substring(2);
                }
                file = real(top.resolve(unquote(name)));
                current = new BitSet();
                out.put(file, wholeFile ? null : current);
            } else if (line.startsWith("@@ ") && current != null && !wholeFile) {
                int plus = line.indexOf(" +");
                int end = line.indexOf(' ', plus + 2);
                if (plus < 0 || end < 0) {
                    continue;
                }
                String[] range = line.substring(plus + 2, end).split(",");
                int start = Integer.parseInt(range[0]);
                int count = range.length > 1 ? Integer.parseInt(range[1]) : 1;
                current.set(start, start + count);
            }
        }
    }

    /** Whether the file (a path as the user gave it) changed at all. */
    public boolean changed(Path file) {
        return lines.containsKey(real(file));
    }

    /** Whether any line from {@code first} to {@code last} (inclusive) of the file is new or changed. */
    public boolean touches(Path file, int first, int last) {
        Path p = real(file);
        if (!lines.containsKey(p)) {
            return false;
        }
        BitSet b = lines.get(p);
        if (b == null) {
            return true;
        }
        int next = b.nextSetBit(Math.max(first, 0));
        return next >= 0 && next <= last;
    }

    /**
     * An article's check limited to the changed lines ({@code --lines}): a finding or marker problem whose
     * lines are all unchanged is kept as {@link Issue.Status#UNCHANGED} (counted, not reported), so it neither
     * shows nor fails; thresholds concern the whole article and stay as they are. Test cases are recomputed.
     */
    public ArticleCheck limit(ArticleCheck a) {
        Path file = Path.of(a.path());
        List<Issue> issues = a.issues().stream().map(i -> unchanged(a, file, i)
                ? i.withStatus(Issue.Status.UNCHANGED, "not on a line changed since " + ref) : i).toList();
        Map<Issue, Issue> moved = new java.util.IdentityHashMap<>();
        for (int k = 0; k < issues.size(); k++) {
            moved.put(a.issues().get(k), issues.get(k));
        }
        List<Case> cases = a.cases().stream().map(c -> {
            List<Issue> in = c.issues().stream().map(i -> moved.getOrDefault(i, i)).toList();
            Case.Result r = c.result() == Case.Result.FAIL && in.stream().noneMatch(Issue::fails)
                    ? Case.Result.PASS : c.result();
            return new Case(c.name(), c.kind(), r, c.message(), in);
        }).toList();
        return new ArticleCheck(a.id(), a.file(), a.path(), a.format(), issues, cases, a.note(), a.recordLine());
    }

    private boolean unchanged(ArticleCheck a, Path file, Issue i) {
        if (!i.reported() || i.type() == Issue.Type.THRESHOLD) {
            return false;
        }
        Location at = a.location(i);
        return !touches(file, at.line(), Math.max(at.line(), at.endLine()));
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** git quotes unusual names in C style ("a\tb"); only the simple escapes are undone. */
    private static String unquote(String name) {
        if (name.length() < 2 || name.charAt(0) != '"' || name.charAt(name.length() - 1) != '"') {
            return name;
        }
        String s = name.substring(1, name.length() - 1);
        return s.replace("\\\"", "\"").replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\");
    }

    /** Runs git; its standard output as UTF-8, or a one-line error with git's first line of complaint. */
    private static String git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.add("-c");
        cmd.add("core.quotepath=off");
        cmd.addAll(List.of(args));
        Path errFile = null;
        try {
            errFile = Files.createTempFile("slant-git-", ".err");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectError(errFile.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                String why = Files.readString(errFile, StandardCharsets.UTF_8).strip();
                int nl = why.indexOf('\n');
                why = nl < 0 ? why : why.substring(0, nl);
                if (why.isEmpty() && args[0].equals("rev-parse") && args.length > 1 && args[1].equals("--verify")) {
                    why = "unknown revision '" + args[args.length - 1].replace("^{commit}", "") + "'";
                }
                throw new GitException("--changed-since: " + (why.isEmpty() ? "git " + args[0] + " failed" : why));
            }
            return out;
        } catch (IOException e) {
            throw new GitException("--changed-since needs git on the PATH (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        } finally {
            if (errFile != null) {
                try {
                    Files.deleteIfExists(errFile);
                } catch (IOException ignored) {
                    // a temporary file of ours; nothing else to do
                }
            }
        }
    }
}
