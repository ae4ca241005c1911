package org.slant.cli;

import org.slant.Slant;
import org.slant.extract.LexiconKinds;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slant lexicon explain TERM}: the entries behind a term, with category, rationale and examples. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains a lexicon term: an entry id, a phrase, a contested-naming set, or a text "
                + "(every entry that fires on it), with its category, rationale and examples.")
public final class LexiconExplainCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TERM", description = "Entry id, phrase or text (several words are joined).")
    List<String> term = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon file, as on the analysing commands.")
    List<Path> lexicons = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String t = String.join(" ", term);
        Lexicons lex = Slant.lexicons().withUserFiles(lexicons);
        PrintWriter out = spec.commandLine().getOut();
        boolean found = false;
        for (LexiconKind<?> kind : LexiconKinds.all(Slant.lexicons())) {
            String s = explain(kind, lex, t);
            if (s != null) {
                out.println("[" + kind.kind() + "]");
                out.println(s);
                found = true;
            }
        }
        out.flush();
        if (!found) {
            spec.commandLine().getErr().println("slant: no lexicon entry for '" + org.slant.text.OneLine.of(t) + "'");
            spec.commandLine().getErr().flush();
            return ExitCodes.ERROR;
        }
        return ExitCodes.OK;
    }

    private static <C> String explain(LexiconKind<C> kind, Lexicons lex, String term) {
        return kind.explain(lex.compile(kind), term);
    }
}
