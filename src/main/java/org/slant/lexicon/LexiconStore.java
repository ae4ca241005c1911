package org.slant.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns the lexicon caches of a program: the built-in files, read once; the built-in set, compiled once per
 * kind; and the last set with user files. The caches belong to this object, not to the class, so two
 * holders (two tests, an embedding program and the command line) never see each other's state, and a
 * holder that drops its store drops the caches. The {@code Slant} facade holds the default one.
 * Thread-safe.
 */
public final class LexiconStore {

    private volatile List<LexiconFile> builtIn;
    private volatile Lexicons standard;
    private UserSet lastUser;

    /** The built-in lexicon files, read on first use. */
    public List<LexiconFile> builtIn() {
        List<LexiconFile> b = builtIn;
        if (b == null) {
            synchronized (this) {
                if (builtIn == null) {
                    builtIn = BuiltInLexicons.load();
                }
                b = builtIn;
            }
        }
        return b;
    }

    /** The built-in lexicons only (one shared instance, so each kind compiles once per store). */
    public Lexicons standard() {
        Lexicons s = standard;
        if (s == null) {
            synchronized (this) {
                if (standard == null) {
                    standard = new Lexicons(builtIn());
                }
                s = standard;
            }
        }
        return s;
    }

    /** The built-in lexicons plus user files, which come last and so override entries with the same id. */
    public Lexicons withUserFiles(List<Path> userFiles) {
        if (userFiles.isEmpty()) {
            return standard();
        }
        // A command asks more than once for the same files (check: for the policy's names, then for the
        // analysis; report and exercises: for the analysis, then for the page): the last set is kept, so its
        // kinds are compiled once, unless a file changed in between.
        List<Stamp> stamps = new ArrayList<>();
        for (Path p : userFiles) {
            stamps.add(Stamp.of(p));
        }
        synchronized (this) {
            if (lastUser != null && lastUser.stamps().equals(stamps)) {
                return lastUser.lexicons();
            }
        }
        List<LexiconFile> all = new ArrayList<>(builtIn());
        for (Path p : userFiles) {
            all.add(LexiconLoader.load(p));
        }
        Lexicons made = new Lexicons(all);
        synchronized (this) {
            lastUser = new UserSet(stamps, made);
        }
        return made;
    }

    /** A user lexicon file as it was read: its path, size and modification time. */
    private record Stamp(Path path, long size, long modified) {
        static Stamp of(Path p) {
            try {
                return new Stamp(p.toAbsolutePath().normalize(), Files.size(p), Files.getLastModifiedTime(p).toMillis());
            } catch (java.io.IOException e) {
                return new Stamp(p.toAbsolutePath().normalize(), -1, -1); // the loader reports it
            }
        }
    }

    private record UserSet(List<Stamp> stamps, Lexicons lexicons) {
    }
}
