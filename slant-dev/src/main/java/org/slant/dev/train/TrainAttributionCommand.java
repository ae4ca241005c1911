package org.slant.dev.train;

import org.slant.dev.eval.SharedData;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.HashedModel;
import org.slant.extract.attribution.model.Hashing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code slant train attribution}: trains the attribution model on PolNeAR train and writes its two
 * resources. Deterministic: the same data and code give the same bytes (the date written is the code
 * commit's date, not today's).
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Trains the attribution cue and source model on PolNeAR (data/train; tuning part: names hashing "
                + "to 0-1 of 10; dev only scored) and writes the model resources. About 15 minutes on 2 cores, 6 GB of heap.")
public final class TrainAttributionCommand implements Callable<Integer> {

    @Mixin
    SharedData data;

    @Option(names = "--out", defaultValue = "src/main/resources/models", paramLabel = "DIR",
            description = "Folder to write attribution-cue-v5.bin and attribution-source-v5.bin to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--commit", paramLabel = "ID",
            description = "Code commit and date to record (default: from git, 'unknown' without it), as ID or ID@DATE.")
    String commit;

    @Option(names = "--cue-lambda", paramLabel = "L", defaultValue = "" + MaxentFit.CUE_LAMBDA,
            description = "L2 strength of the cue fit (default: ${DEFAULT-VALUE}); recorded in the files.")
    double cueLambda;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "" + MaxentFit.LAMBDA,
            description = "L2 strength of the source fit (default: ${DEFAULT-VALUE}); recorded in the files.")
    double lambda;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Path root = data.resolve("polnear/data");
        if (!Files.isDirectory(root.resolve("train/text")) || !Files.isDirectory(root.resolve("dev/text"))) {
            return data.missing(spec.commandLine().getErr(), "polnear", "PolNeAR not found at " + root);
        }
        if (!Files.isDirectory(out)) {
            spec.commandLine().getErr().println("slant train attribution: no folder " + out);
            return 2;
        }
        for (String r : List.of(AttributionModel.CUE_RESOURCE, AttributionModel.SOURCE_RESOURCE)) {
            Path file = out.resolve(Path.of(r).getFileName().toString());
            if (Files.exists(file) && !ours(file)) {
                spec.commandLine().getErr().println("slant train attribution: " + file + " exists and is not a model "
                        + "Slant wrote: not overwritten");
                return 2;
            }
        }
        List<PolnearArticle> train = PolnearArticle.read(root.resolve("train"));
        List<PolnearArticle> dev = PolnearArticle.read(root.resolve("dev"));
        String[] code = (commit != null ? commit : Git.head()).split("@", 2);
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("corpus", "PolNeAR (Newell, Margolin & Ruths, LREC 2018), networkdynamics/PolNeAR commit c3eee83");
        provenance.put("split", "fitted on data/train names with floorMod(hashCode, 10) >= 2 (" + train.stream()
                .filter(a -> !a.tuning()).count() + " articles, those without attributions left out); cue thresholds "
                + "(best F1 with precision >= " + AttributionTrainer.MIN_PRECISION + ") and source threshold tuned on 0-1; dev ("
                + dev.size() + " articles) only scored");
        provenance.put("code", code[0]);
        provenance.put("date", code.length > 1 ? code[1] : "unknown");
        provenance.put("trainer", "Smile 3.1.1 Maxent.binomial lambda " + cueLambda + " (cue) " + lambda + " (source) tol "
                + MaxentFit.TOL + " maxIter " + MaxentFit.MAX_ITER + ", features hashed to 2^" + Hashing.BITS
                + " buckets, buckets seen " + MaxentFit.MIN_COUNT + "+ times, weights below " + MaxentFit.PRUNE + " dropped");
        AttributionTrainer.Trained t = new AttributionTrainer(log, cueLambda, lambda).train(train, dev, provenance);
        write(out.resolve(Path.of(AttributionModel.CUE_RESOURCE).getFileName().toString()), t.cue());
        write(out.resolve(Path.of(AttributionModel.SOURCE_RESOURCE).getFileName().toString()), t.source());
        log.println("dev cue tokens:    " + t.cue().header().get("dev.cue.tokens"));
        log.println("dev source tokens: " + t.cue().header().get("dev.source.tokens"));
        log.flush();
        return 0;
    }

    /** A file Slant wrote starts with its model header. */
    private static boolean ours(Path file) throws IOException {
        byte[] start = "# name\tmodel.".getBytes(StandardCharsets.UTF_8);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(start.length), start);
        }
    }

    private void write(Path file, HashedModel m) throws IOException {
        byte[] bytes = m.write();
        Files.write(file, bytes);
        spec.commandLine().getOut().println("wrote " + file + " (" + m.size() + " weights, " + bytes.length + " bytes)");
    }
}
