package org.slant.dev.train;

import org.slant.extract.terminology.LoadedModel;
import org.slant.dev.eval.terminology.PtcCorpus;
import org.slant.dev.eval.terminology.SpanScore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model file's provenance header and the trainer's summary: what it was trained on, how, and how well. */
final class ModelFile {

    static final String SIGNATURE = "Slant loaded-language model";

    private ModelFile() {
    }

    /** Whether a file starts with the signature line (the trainer only ever overwrites its own files). */
    static boolean isOurs(Path file) throws IOException {
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith("# " + SIGNATURE);
        }
    }

    static String text(LoadedTrainer.Outcome o, int minCount, Provenance p) {
        List<String> h = new ArrayList<>();
        h.add(SIGNATURE + " v" + o.model().version() + ": multinomial logistic regression (Smile 3.1.1 Maxent, L-BFGS)");
        h.add("over the binary token features of org.slant.extract.terminology.LoadedFeatures; classes loaded, label, neither.");
        h.add("Each feature line: template=key, weight for loaded, weight for label (log-odds against neither).");
        h.add("Written by: slant train loaded (" + LoadedTrainCommand.class.getSimpleName() + "), deterministic: L2 penalty "
                + o.lambda() + " chosen on the tune split, features seen " + minCount + "+ times in the training split, "
                + "weights rounded to 4 decimals, zero weights dropped.");
        h.add("Corpus: Propaganda Techniques Corpus, SemEval-2020 Task 11 training articles (aschern/semeval2020_task11 "
                + "commit 84c384d); Loaded_Language -> loaded, Name_Calling,Labeling -> label.");
        h.add("Split by the last digit of the article id: train 0-5, tune 6-7 (a fit on 0-5 chose the penalty, thresholds and "
                + "seed rule on them), report 8-9 (never trained or tuned on). The weights below are a last fit, with those choices, "
                + "on 0-7 (" + o.rows() + " word tokens, classes loaded/label/neither " + o.classCounts()[0] + "/"
                + o.classCounts()[1] + "/" + o.classCounts()[2] + "; " + o.features() + " features).");
        h.add("Trained from code commit " + p.commit() + " (" + p.date() + "). The tune figure is the 0-5 fit's (it never saw "
                + "ids 6-7); the report figure is this model's.");
        h.addAll(figures(o));
        return o.model().with(o.model().threshold(), o.model().extend(), o.model().ownSeed(), h).write();
    }

    /** Span P/R/F1 (partial overlap) per split, lexicons alone and with the model. */
    static List<String> figures(LoadedTrainer.Outcome o) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<PtcCorpus.Split, LoadedTrainer.Figures> e : o.figures().entrySet()) {
            LoadedTrainer.Figures f = e.getValue();
            out.add(String.format(Locale.ROOT, "%s, %d articles: lexicons only %s; lexicons + model %s",
                    e.getKey().describe(), f.articles(), prf(f.lexicon()), prf(f.combined())));
        }
        return out;
    }

    private static String prf(SpanScore s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", s.precision(), s.recall(), s.f1());
    }

    static List<String> summary(LoadedTrainer.Outcome o) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "last fit on %d word tokens (ids ending 0-7), %d features; penalty %s, threshold %s, extend %s, seed %s",
                o.rows(), o.features(), o.lambda(), o.model().threshold(), o.model().extend(), o.model().ownSeed() ? "own" : "any"));
        out.addAll(figures(o));
        return out;
    }
}
