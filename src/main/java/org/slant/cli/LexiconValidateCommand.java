package org.slant.cli;

import org.slant.Slant;
import org.slant.extract.LexiconKinds;
import org.slant.lexicon.LexiconValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code slant lexicon validate [FILES]}: loads, compiles and runs every example of the given lexicon files
 * (with no files, of the built-in lexicons). One error per line, {@code file:line:column: message}; exit 2
 * on any error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks lexicon files: structure, fields, and every match / no_match example. "
                + "With no FILES, checks the built-in lexicons.")
public final class LexiconValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Lexicon files (YAML) to check.")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LexiconValidator.Report r = LexiconValidator.validate(files, Slant.lexicons(), LexiconKinds.all(Slant.lexicons()));
        PrintWriter err = spec.commandLine().getErr();
        for (String e : r.errors()) {
            err.println(org.slant.text.OneLine.of(e));
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d files, %d entries, %d examples checked: %s%n", r.files(), r.entries(), r.examples(),
                r.ok() ? "ok" : r.errors().size() + (r.errors().size() == 1 ? " error" : " errors"));
        out.flush();
        return r.ok() ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
