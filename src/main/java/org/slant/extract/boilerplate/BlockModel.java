package org.slant.extract.boilerplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The statistical part: a logistic regression over {@link BlockFeatures} giving the probability that a block is
 * boilerplate. Trained with Smile by {@code slant train boilerplate} on real labelled pages (WCXB's development
 * article pages), one model for HTML and one for plain text, and shipped as a small tab-separated file of standardised coefficients (read without a JSON or YAML library, so
 * that loading it costs a millisecond), and scoring a block is a dot product.
 * <pre>
 * # comment lines
 * intercept  3.6
 * threshold  0.5
 * feature    mean    scale   weight
 * log_words  2.71    1.12    -0.75
 * </pre>
 */
public final class BlockModel {

    /** The model for HTML pages (markup features present) and the one for plain text (no markup). */
    public static final String RESOURCE_HTML = "boilerplate/model-html.tsv";
    public static final String RESOURCE_TEXT = "boilerplate/model-text.tsv";

    private final List<String> features;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double intercept;
    private final double threshold;

    public BlockModel(List<String> features, double[] mean, double[] scale, double[] weights, double intercept,
                      double threshold) {
        if (!features.equals(BlockFeatures.NAMES)) {
            throw new IllegalArgumentException("the boilerplate model was trained on other features than "
                    + "BlockFeatures.NAMES: retrain them with 'slant train boilerplate'");
        }
        this.features = List.copyOf(features);
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.intercept = intercept;
        this.threshold = threshold;
    }

    private static volatile BlockModel standardHtml;
    private static volatile BlockModel standardText;

    /** A model with no opinion (every block 0.5): for computing features before any model is trained. */
    public static BlockModel neutral() {
        int d = BlockFeatures.NAMES.size();
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        return new BlockModel(BlockFeatures.NAMES, new double[d], ones, new double[d], 0, 0.5);
    }

    /** The shipped model for HTML pages or for plain text (each loaded once per JVM). */
    public static BlockModel standard(boolean html) {
        BlockModel m = html ? standardHtml : standardText;
        if (m == null) {
            synchronized (BlockModel.class) {
                m = load(html ? RESOURCE_HTML : RESOURCE_TEXT);
                if (html) {
                    standardHtml = m;
                } else {
                    standardText = m;
                }
            }
        }
        return m;
    }

    private static BlockModel load(String resource) {
        try (InputStream in = BlockModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads the tab-separated form (see the class comment). */
    public static BlockModel read(String text) {
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        double intercept = Double.NaN;
        double threshold = 0.5;
        boolean table = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f[0].equals("intercept")) {
                intercept = Double.parseDouble(f[1]);
            } else if (f[0].equals("threshold")) {
                threshold = Double.parseDouble(f[1]);
            } else if (f[0].equals("feature")) {
                table = true;
            } else if (table && f.length == 4) {
                names.add(f[0]);
                rows.add(new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            } else {
                throw new IllegalArgumentException("bad line in the boilerplate model: " + l);
            }
        }
        if (Double.isNaN(intercept)) {
            throw new IllegalArgumentException("the boilerplate model has no intercept");
        }
        double[] mean = new double[rows.size()];
        double[] scale = new double[rows.size()];
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            mean[i] = rows.get(i)[0];
            scale[i] = rows.get(i)[1];
            weights[i] = rows.get(i)[2];
        }
        return new BlockModel(names, mean, scale, weights, intercept, threshold);
    }

    /** The tab-separated form, with comment lines first. */
    public String write(List<String> comments) {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append("# ").append(c).append('\n');
        }
        b.append("intercept\t").append(number(intercept)).append('\n');
        b.append("threshold\t").append(number(threshold)).append('\n');
        b.append("feature\tmean\tscale\tweight\n");
        for (int i = 0; i < features.size(); i++) {
            b.append(features.get(i)).append('\t').append(number(mean[i])).append('\t').append(number(scale[i]))
                    .append('\t').append(number(weights[i])).append('\n');
        }
        return b.toString();
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }

    public List<String> features() {
        return features;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] scale() {
        return scale.clone();
    }

    public double[] weights() {
        return weights.clone();
    }

    public double intercept() {
        return intercept;
    }

    /** Probability above which a block is boilerplate. */
    public double threshold() {
        return threshold;
    }

    /** The probability that a block with these features is boilerplate (a NaN feature is absent: it adds nothing). */
    public double probability(double[] x) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isNaN(x[i])) {
                z += weights[i] * (x[i] - mean[i]) / scale[i];
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The features that pushed hardest towards the decision, e.g. {@code link_density=0.92}, strongest first. */
    public List<String> reasons(double[] x, boolean boilerplate, int max) {
        List<double[]> contributions = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            double c = weights[i] * (x[i] - mean[i]) / scale[i];
            if (boilerplate ? c > 0.25 : c < -0.25) {
                contributions.add(new double[]{i, Math.abs(c)});
            }
        }
        contributions.sort(Comparator.comparingDouble((double[] c) -> -c[1]).thenComparingDouble(c -> c[0]));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(max, contributions.size()); k++) {
            int i = (int) contributions.get(k)[0];
            out.add(features.get(i) + "=" + String.format(Locale.ROOT, "%.2f", x[i]));
        }
        return out;
    }
}
