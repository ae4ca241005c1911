package org.slant.cli;

import org.slant.Slant;
import org.slant.extract.LexiconKinds;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Start-up, on a second core: for the commands that analyse articles, the built-in lexicons are read and
 * compiled on a background thread while the main thread builds the command line and reads the policy.
 * The lexicons cache what they compile, so the main thread finds the work done (or waits for the part in
 * progress); the largest kinds are compiled first so that the main thread, once it gets there, compiles
 * the small ones meanwhile; then the outlet inference, whose patterns compile when it is
 * first used, is initialised. An error is left for the main thread to meet and report.
 */
final class Prefetch {

    private static final Set<String> ANALYSING = Set.of("check", "analyze", "report");

    private Prefetch() {
    }

    static void start(String[] args) {
        List<String> a = Arrays.asList(args);
        if (a.isEmpty() || !ANALYSING.contains(a.get(0)) || a.contains("--help") || a.contains("-h")
                || a.contains("--version") || a.contains("-V")) {
            return;
        }
        // with user lexicons the built-in files are still read, but they compile into another instance
        boolean compile = !a.contains("--lexicon") && a.stream().noneMatch(s -> s.startsWith("--lexicon="));
        Thread t = new Thread(() -> run(compile), "slant-prefetch");
        t.setDaemon(true);
        t.start();
    }

    private static int entries(Lexicons lexicons, LexiconKind<?> kind) {
        return lexicons.ofKind(kind.kind()).stream().mapToInt(f -> f.entries().size()).sum();
    }

    private static void run(boolean compile) {
        try {
            Lexicons standard = Slant.lexicons().standard();
            if (compile) {
                List<LexiconKind<?>> kinds = new ArrayList<>(LexiconKinds.all(Slant.lexicons()));
                // the largest first: the main thread compiles small ones itself when it gets there
                kinds.sort(Comparator.comparingInt((LexiconKind<?> k) -> entries(standard, k)).reversed());
                for (LexiconKind<?> k : kinds) {
                    standard.compile(k);
                }
                // metadata of a one-line text: initialises the outlet inference (its patterns compile then)
                org.slant.Slant.article("prefetch", "Prefetch.");
            }
        } catch (RuntimeException | StackOverflowError e) {
            // the command meets the same error on its own thread and reports it
        }
    }
}
