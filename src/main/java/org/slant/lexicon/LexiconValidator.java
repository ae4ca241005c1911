package org.slant.lexicon;

import org.slant.config.ConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks lexicon files of every kind it is given (the extractors' list, {@code org.slant.extract.LexiconKinds}): each file loads, each kind compiles (together
 * with the built-in files of that kind, as {@code --lexicon} would use it), no entry id appears twice among
 * the checked files, and every example of every checked entry matches or does not match as it says. Errors
 * are collected, one line each starting with {@code file:line:column:}, so one run reports every problem.
 */
public final class LexiconValidator {

    /** What was checked and what is wrong. */
    public record Report(int files, int entries, int examples, List<String> errors) {
        public Report {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private LexiconValidator() {
    }

    /** Validates the given files against the built-ins; with no files, validates the built-in lexicons. */
    public static Report validate(List<Path> paths, LexiconStore store, List<LexiconKind<?>> kinds) {
        List<String> errors = new ArrayList<>();
        List<LexiconFile> base = new ArrayList<>();
        List<LexiconFile> checked = new ArrayList<>();
        try {
            List<LexiconFile> builtIn = store.builtIn();
            if (paths.isEmpty()) {
                checked.addAll(builtIn);
            } else {
                base.addAll(builtIn);
            }
        } catch (ConfigException | java.io.UncheckedIOException e) {
            errors.add(oneLine(e.getMessage()));
        }
        for (Path p : paths) {
            // every error of every file: a bad entry is listed and left out, the others are still checked
            LexiconFile f = LexiconLoader.loadCollecting(p, p.toString().replace('\\', '/'), errors);
            if (f != null) {
                checked.add(f);
            }
        }
        duplicates(checked, errors);
        Map<String, List<LexiconFile>> byKind = new LinkedHashMap<>();
        for (LexiconFile f : checked) {
            if (byName(kinds, f.kind()) == null) {
                errors.add(f.root().require("kind").error("unknown kind '" + f.kind() + "' (known: "
                        + String.join(", ", kinds.stream().map(LexiconKind::kind).toList()) + ")").getMessage());
                continue;
            }
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        int entries = 0;
        int examples = 0;
        for (Map.Entry<String, List<LexiconFile>> e : byKind.entrySet()) {
            int[] counts = checkKind(byName(kinds, e.getKey()), base, e.getValue(), errors);
            entries += counts[0];
            examples += counts[1];
        }
        return new Report(checked.size(), entries, examples, errors);
    }

    private static LexiconKind<?> byName(List<LexiconKind<?>> kinds, String kind) {
        for (LexiconKind<?> k : kinds) {
            if (k.kind().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    private static <C> int[] checkKind(LexiconKind<C> kind, List<LexiconFile> base, List<LexiconFile> files,
                                       List<String> errors) {
        List<LexiconFile> all = new ArrayList<>(base.stream().filter(f -> f.kind().equals(kind.kind())).toList());
        all.addAll(files);
        C compiled;
        List<LexiconFile> usable = files;
        try {
            compiled = kind.compile(all);
        } catch (ConfigException e) {
            errors.add(oneLine(e.getMessage()));
            // the compiler stops at its first error: compile each entry alone to find the others, then check
            // the examples of the entries that compile
            List<LexiconFile> kindBase = all.subList(0, all.size() - files.size());
            usable = new ArrayList<>();
            for (LexiconFile f : files) {
                List<LexiconEntry> good = new ArrayList<>();
                for (LexiconEntry entry : f.entries()) {
                    List<LexiconFile> one = new ArrayList<>(kindBase);
                    one.add(f.withEntries(List.of(entry)));
                    try {
                        kind.compile(one);
                        good.add(entry);
                    } catch (RuntimeException each) { // ConfigException or any other compile failure
                        String m = oneLine(each.getMessage());
                        if (!errors.contains(m)) {
                            errors.add(m);
                        }
                    }
                }
                usable.add(f.withEntries(good));
            }
            List<LexiconFile> again = new ArrayList<>(kindBase);
            again.addAll(usable);
            try {
                compiled = kind.compile(again);
            } catch (RuntimeException still) {
                String m = oneLine(still.getMessage());
                if (!errors.contains(m)) {
                    errors.add(m);
                }
                return new int[]{files.stream().mapToInt(f -> f.entries().size()).sum(), 0};
            }
        }
        int entries = files.stream().mapToInt(f -> f.entries().size()).sum();
        int examples = 0;
        for (LexiconFile f : usable) {
            for (LexiconEntry entry : f.entries()) {
                for (String ex : entry.mustMatch()) {
                    examples++;
                    Set<String> fired = fired(kind, compiled, ex, entry, errors);
                    if (fired != null && !fired.contains(entry.id())) {
                        errors.add(entry.location() + ": entry '" + entry.id() + "' should match \"" + ex
                                + "\" but does not (fired: " + String.join(", ", fired) + ")");
                    }
                }
                for (String ex : entry.mustNotMatch()) {
                    examples++;
                    Set<String> fired = fired(kind, compiled, ex, entry, errors);
                    if (fired != null && fired.contains(entry.id())) {
                        errors.add(entry.location() + ": entry '" + entry.id() + "' should not match \"" + ex + "\" but does");
                    }
                }
            }
        }
        return new int[]{entries, examples};
    }

    private static <C> Set<String> fired(LexiconKind<C> kind, C compiled, String example, LexiconEntry entry,
                                         List<String> errors) {
        try {
            return kind.fired(compiled, example);
        } catch (RuntimeException e) {
            errors.add(entry.location() + ": entry '" + entry.id() + "': example \"" + example + "\" failed: " + oneLine(String.valueOf(e)));
            return null;
        }
    }

    /** The same entry id in two checked files of one kind is ambiguous: the later would silently win. */
    private static void duplicates(List<LexiconFile> files, List<String> errors) {
        Map<String, LexiconEntry> seen = new HashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                LexiconEntry before = seen.putIfAbsent(f.kind() + "\u0000" + e.id(), e);
                if (before != null) {
                    errors.add(e.location() + ": duplicate entry id '" + e.id() + "' (first at " + before.location() + ")");
                }
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
