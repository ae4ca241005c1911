package org.slant.dev.train;

import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.text.Token;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid for error analysis on the held-out tuning part of PolNeAR train (never dev): one line per
 * clean token with the gold labels, the rules' labels and the shipped model's probabilities and decisions.
 * Usage: {@code java -cp ... org.slant.dev.train.AttributionDump DATA/polnear/data OUT.tsv}.
 */
public final class AttributionDump {

    private AttributionDump() {
    }

    public static void main(String[] args) throws IOException {
        List<PolnearArticle> tune = PolnearArticle.read(Path.of(args[0]).resolve("train")).stream()
                .filter(PolnearArticle::tuning).toList();
        AttributionModel m = AttributionModel.shipped();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("art\ti\tsent\tword\tquoted\tgcue\tgsrc\trcue\trsrc\tp1\tmcue\tmsrc");
            for (PolnearArticle a : tune) {
                ModelInput in = a.input();
                double[] p1 = m.cueProbabilities(in);
                int[] mc = new int[in.size()];
                int[] ms = new int[in.size()];
                int k = 0;
                for (AttributionModel.Found f : m.find(in, p1)) {
                    k++;
                    for (int i = f.cueFirst(); i < f.cueEnd(); i++) {
                        mc[i] = k;
                    }
                    for (int i = f.sourceFirst(); f.hasSource() && i < f.sourceEnd(); i++) {
                        ms[i] = k;
                    }
                }
                int[] gc = new int[in.size()];
                int[] gs = new int[in.size()];
                int g = 0;
                for (PolnearArticle.GoldTokens t : a.goldTokens()) {
                    g++;
                    for (int i = 0; i < in.size(); i++) {
                        gc[i] = t.cue()[i] ? g : gc[i];
                        gs[i] = t.source()[i] ? g : gs[i];
                    }
                }
                for (int i = 0; i < in.size(); i++) {
                    Token t = in.tokens().get(i);
                    String w = in.content().text().substring(t.start(), t.end()).replace('\t', ' ').replace('\n', ' ');
                    out.printf(java.util.Locale.ROOT, "%s\t%d\t%d\t%s\t%b\t%d\t%d\t%d\t%d\t%.4f\t%d\t%d%n", a.name(), i,
                            in.sentenceAt(i), w, in.quotedAt(i), gc[i], gs[i], in.ruleCueAt(i), in.ruleSourceAt(i), p1[i],
                            mc[i], ms[i]);
                }
            }
        }
    }
}
