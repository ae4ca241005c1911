package org.slant.dev.train;

import org.slant.Slant;
import org.slant.extract.terminology.LoadedModel;
import org.slant.dev.eval.terminology.PtcArticle;
import org.slant.dev.eval.terminology.PtcCorpus;
import org.slant.extract.terminology.TerminologyKind;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.lexicon.Lexicons;
import org.slant.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code slant train loaded}: trains the loaded-language model on the PTC training split, chooses its
 * penalty and thresholds on the tune split, fits again on both with those choices, measures it on the report split, and writes the model file with
 * its provenance. The same corpus and code give the same bytes.
 */
@Command(name = "loaded", mixinStandardHelpOptions = true,
        description = "Trains the loaded-language model (Smile maximum entropy over sparse token features) on the "
                + "Propaganda Techniques Corpus (article ids ending 0-5), tunes it on ids ending 6-7, fits again on 0-7 with "
                + "what the tuning chose, reports on 8-9, and writes " + LoadedTrainCommand.DEFAULT_OUT + ".")
public final class LoadedTrainCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "src/main/resources/" + LoadedModel.RESOURCE;
    static final String VERSION = "4";
    /** The probabilities tried on the tune split, to start a span and to extend one. */
    static final List<Double> THRESHOLDS = List.of(0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35,
            0.4, 0.5, 0.6);

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder of the shared labelled corpora, holding ptc/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lambda", paramLabel = "X", split = ",", defaultValue = "0.25,1",
            description = "L2 penalties to try; the tune split chooses (default: ${DEFAULT-VALUE}).")
    List<Double> lambdas;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
            description = "Keep features seen at least N times in the training split (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path ptc = data.resolve("ptc");
        if (!PtcCorpus.present(ptc)) {
            err.println("slant train loaded: no PTC corpus at " + ptc + " (expects train-articles/ and "
                    + "train-labels-task2-technique-classification/)");
            err.flush();
            return 2;
        }
        if (Files.exists(out) && !ModelFile.isOurs(out)) {
            err.println("slant train loaded: " + out + " exists and is not a Slant model file; not overwriting it");
            err.flush();
            return 2;
        }
        List<PtcArticle> articles = analyse(PtcCorpus.load(ptc));
        List<Double> thresholds = THRESHOLDS;
        LoadedTrainer.Outcome o = LoadedTrainer.train(articles, lambdas, minCount, thresholds, VERSION);
        String text = ModelFile.text(o, minCount, Provenance.of(Path.of(".")));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        PrintWriter w = spec.commandLine().getOut();
        ModelFile.summary(o).forEach(w::println);
        w.println("wrote " + out.toString().replace('\\', '/'));
        w.flush();
        return 0;
    }

    /** Every article through the standard pipeline (its lexicon findings; any shipped model's are set apart). */
    static List<PtcArticle> analyse(List<PtcCorpus.Doc> docs) {
        Lexicons lexicons = Slant.lexicons().standard();
        Pipeline pipeline = Slant.pipeline(lexicons);
        TerminologyLexicon lexicon = lexicons.compile(new TerminologyKind());
        return docs.stream().map(d -> PtcArticle.analyse(d, pipeline, lexicon)).toList();
    }
}
