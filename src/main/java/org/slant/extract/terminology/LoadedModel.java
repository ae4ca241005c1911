package org.slant.extract.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned loaded-language model: a multinomial logistic regression (classes loaded, label and
 * neither) over the binary token features of {@link LoadedFeatures}, as the weights of every feature for
 * loaded and for label (neither is the reference, score 0). Tokens whose loaded+label probability reaches
 * the threshold, with the neighbours that reach {@code extend}, and that no lexicon entry already covers,
 * join into spans ({@link LoadedSpans}); with {@code ownSeed}, only a word whose own features lean that
 * way starts a span.
 * Immutable and thread-safe. The shipped model is a text resource, read once, on first use.
 *
 * @param header   the provenance comment lines of the file, without their {@code # }
 * @param features per template ordinal, feature key to {loaded, label} weights
 */
public record LoadedModel(String version, double threshold, double extend, boolean ownSeed, float[] bias, List<String> header,
                          List<Map<String, float[]>> features) {

    public static final String RESOURCE = "models/loaded-v4.tsv";

    /** The switch: {@code -Dslant.loaded.model=off} leaves the model out for the whole JVM (the lexicons alone). */
    public static final String SWITCH = "slant.loaded.model";

    /**
     * The model the extractor uses: the shipped one, unless the switch is off (the command line's
     * {@code --no-loaded-model} leaves it out of one run). On by default since issue 17's fifth session:
     * v4 raises the report-split F1 from 0.199 to 0.354 (recall 0.127 to 0.382, precision 0.455 to
     * 0.330) and is blind to sides; its cost ({@code slant bench terminology}) is in docs/terminology.md.
     */
    public static LoadedModel builtIn() {
        return "off".equals(System.getProperty(SWITCH)) ? null : Holder.MODEL;
    }

    /** The shipped model whatever the switch says (evaluation, bench, tests); null when the resource is missing. */
    public static LoadedModel shipped() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final LoadedModel MODEL = load();

        private static LoadedModel load() {
            try (InputStream in = LoadedModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the loaded-language model " + RESOURCE, e);
            }
        }
    }

    /** The rule id of its findings. */
    public String rule() {
        return "model.loaded@" + version;
    }

    /** The scores {loaded, label} of word token i (log-odds against neither). */
    public double[] scores(LoadedFeatures f, int i) {
        double[] s = {bias[0], bias[1]};
        f.features(i, (t, key) -> {
            float[] w = features.get(t.ordinal()).get(key);
            if (w != null) {
                s[0] += w[0];
                s[1] += w[1];
            }
        });
        return s;
    }

    /** The probabilities {loaded, label} of word token i. */
    public double[] probabilities(LoadedFeatures f, int i) {
        double[] s = scores(f, i);
        return probabilities(s[0], s[1]);
    }

    /** The probabilities {loaded, label} of scores {@code s0, s1} (log-odds against neither). */
    public static double[] probabilities(double s0, double s1) {
        double max = Math.max(0, Math.max(s0, s1));
        double e0 = Math.exp(s0 - max);
        double e1 = Math.exp(s1 - max);
        double z = e0 + e1 + Math.exp(-max);
        return new double[]{e0 / z, e1 / z};
    }

    /** Receives a feature the model knows and its weight. */
    interface Weights {
        void accept(LoadedFeatures.Template template, String key, double weight);
    }

    /** The features of token i that the model knows, each with its weight for class c (0 loaded, 1 label). */
    void weigh(LoadedFeatures f, int i, int c, Weights into) {
        f.features(i, (t, key) -> {
            float[] w = features.get(t.ordinal()).get(key);
            if (w != null) {
                into.accept(t, key, w[c]);
            }
        });
    }

    /** Parses a model file: {@code # } comments, then {@code version}, {@code threshold}, {@code bias}, features. */
    public static LoadedModel read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = new ArrayList<>();
        List<Map<String, float[]>> features = new ArrayList<>();
        for (int t = 0; t < LoadedFeatures.Template.values().length; t++) {
            features.add(new HashMap<>());
        }
        String version = null;
        double threshold = Double.NaN;
        double extend = Double.NaN;
        Boolean ownSeed = null;
        float[] bias = null;
        String line;
        int n = 0;
        LoadedFeatures.Template last = null;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                header.add(line.replaceFirst("^# ?", ""));
                continue;
            }
            // a feature line (all but a few), read without splitting: "template=key<TAB>loaded<TAB>label"
            int eq = line.indexOf('=');
            int tab1 = line.indexOf('\t');
            int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
            if (eq > 0 && eq < tab1 && tab2 > tab1 + 1 && tab2 + 1 < line.length() && line.indexOf('\t', tab2 + 1) < 0) {
                if (last == null || last.id().length() != eq || !line.startsWith(last.id())) {
                    last = LoadedFeatures.Template.of(line.substring(0, eq));
                }
                features.get(last.ordinal()).put(line.substring(eq + 1, tab1),
                        new float[]{weight(line.substring(tab1 + 1, tab2)), weight(line.substring(tab2 + 1))});
                continue;
            }
            String[] f = line.split("\t");
            if (f.length == 2 && f[0].equals("version")) {
                version = f[1];
            } else if (f.length == 2 && f[0].equals("threshold")) {
                threshold = Double.parseDouble(f[1]);
            } else if (f.length == 2 && f[0].equals("seed") && (f[1].equals("own") || f[1].equals("any"))) {
                ownSeed = f[1].equals("own");
            } else if (f.length == 2 && f[0].equals("extend")) {
                extend = Double.parseDouble(f[1]);
            } else if (f.length == 3 && f[0].equals("bias")) {
                bias = new float[]{Float.parseFloat(f[1]), Float.parseFloat(f[2])};
            } else if (f.length == 3 && f[0].indexOf('=') > 0) {
                int at = f[0].indexOf('=');
                LoadedFeatures.Template t = LoadedFeatures.Template.of(f[0].substring(0, at));
                features.get(t.ordinal()).put(f[0].substring(at + 1), new float[]{weight(f[1]), weight(f[2])});
            } else if (!line.isBlank()) {
                throw new IOException("loaded-language model, line " + n + ": cannot read '" + line + "'");
            }
        }
        if (version == null || Double.isNaN(threshold) || Double.isNaN(extend) || ownSeed == null || bias == null) {
            throw new IOException("loaded-language model: version, threshold, extend, seed or bias missing");
        }
        return new LoadedModel(version, threshold, extend, ownSeed, bias, List.copyOf(header), List.copyOf(features));
    }

    /**
     * A weight as {@link #number} writes it ("-1.2345"): the whole number of ten-thousandths over 10,000 in
     * float, which is the float nearest the decimal, as {@link Float#parseFloat} gives it (both round the
     * same real number correctly), at a fraction of the cost: 115,000 weights are read at every start.
     * Up to three digits before the point, so that the ten-thousandths are exact in float; anything else
     * goes to parseFloat.
     */
    static float weight(String s) {
        int n = s.length();
        int i = s.startsWith("-") ? 1 : 0;
        int dot = n - 5;
        if (dot <= i || dot - i > 3 || s.charAt(dot) != '.') {
            return Float.parseFloat(s);
        }
        int tenThousandths = 0;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (k == dot) {
                continue;
            }
            if (c < '0' || c > '9') {
                return Float.parseFloat(s);
            }
            tenThousandths = 10 * tenThousandths + (c - '0');
        }
        float v = tenThousandths / 10_000f;
        return i == 1 ? -v : v;
    }

    /** The file {@link #read} reads, byte for byte the same for the same model: features in template, then key order. */
    public String write() {
        StringBuilder b = new StringBuilder();
        for (String h : header) {
            b.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        }
        b.append("version\t").append(version).append('\n');
        b.append("threshold\t").append(number(threshold)).append('\n');
        b.append("extend\t").append(number(extend)).append('\n');
        b.append("seed\t").append(ownSeed ? "own" : "any").append('\n');
        b.append("bias\t").append(number(bias[0])).append('\t').append(number(bias[1])).append('\n');
        for (LoadedFeatures.Template t : LoadedFeatures.Template.values()) {
            for (Map.Entry<String, float[]> e : new TreeMap<>(features.get(t.ordinal())).entrySet()) {
                b.append(t.id()).append('=').append(e.getKey()).append('\t').append(number(e.getValue()[0]))
                        .append('\t').append(number(e.getValue()[1])).append('\n');
            }
        }
        return b.toString();
    }

    /** Four decimals, never "-0.0000": the same digits on every machine. */
    public static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    /** A copy with other thresholds and header (the trainer sets them after tuning). */
    public LoadedModel with(double newThreshold, double newExtend, boolean newOwnSeed, List<String> newHeader) {
        return new LoadedModel(version, newThreshold, newExtend, newOwnSeed, bias, List.copyOf(newHeader), features);
    }
}
