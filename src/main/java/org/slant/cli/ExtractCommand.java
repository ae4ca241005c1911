package org.slant.cli;

import org.slant.Slant;
import org.slant.extract.boilerplate.ArticleExtract;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.boilerplate.CleanText;
import org.slant.extract.boilerplate.LabelListing;
import org.slant.ingest.ArticleReaders;
import org.slant.ingest.InputCollector;
import org.slant.ingest.InputFile;
import org.slant.ingest.ReadItem;
import org.slant.model.AnalysisError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code slant extract}: the clean article text of a page (title, byline, date, body), boilerplate removed. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the clean article of each page: its title, byline and date when found, then its body, "
                + "without menus, share prompts, pitches, legal notices, captions, spam and duplicates.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages (.html, .htm) or texts (.txt, .md, .jsonl), or folders.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--blocks", description = "Print every block with its label and the rule that decided it instead.")
    boolean blocks;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra lexicon file; its entries add to the built-in ones or override entries with the same id.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--max-article-size", paramLabel = "BYTES", defaultValue = "10485760",
            converter = PositiveNumber.Long.class,
            description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BoilerplateExtractor extractor = new BoilerplateExtractor(Slant.lexicons().withUserFiles(lexicons));
        InputCollector.Collected c = InputCollector.collect(paths, null);
        List<AnalysisError> errors = new ArrayList<>(c.errors());
        ArticleReaders readers = new ArticleReaders(maxArticleBytes);
        boolean first = true;
        for (InputFile f : c.files()) {
            Iterator<ReadItem> it = readers.read(f);
            while (it.hasNext()) {
                ReadItem r = it.next();
                if (!r.isOk()) {
                    errors.add(r.error());
                    continue;
                }
                var article = Slant.resolve(r.article());
                if (!first) {
                    out.println();
                }
                first = false;
                if (c.files().size() > 1 || article.format().equals("jsonl")) {
                    out.println("=== " + org.slant.text.OneLine.of(article.file()));
                }
                if (blocks) {
                    out.print(LabelListing.of(article.id(), CleanText.of(article, extractor).classification()));
                } else {
                    out.print(ArticleExtract.of(article, extractor).render());
                }
            }
        }
        out.flush();
        for (AnalysisError e : errors) {
            err.println("slant: " + e.line());
        }
        err.flush();
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
