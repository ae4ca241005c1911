package org.slant.extract.boilerplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The statistical part: a logistic regression over {@link BlockFeatures} giving the probability that a block is
 * boilerplate. Trained with Smile by {@code slant eval boilerplate-train} on the project's own labelled pages and
 * shipped as a small JSON file of standardised coefficients, so that loading it costs a millisecond and scoring a
 * block is a dot product.
 */
public final class BlockModel {

    public static final String RESOURCE = "boilerplate/model.json";

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
                    + "BlockFeatures.NAMES: retrain it with 'slant eval boilerplate-train'");
        }
        this.features = List.copyOf(features);
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.intercept = intercept;
        this.threshold = threshold;
    }

    private static volatile BlockModel standard;

    /** A model with no opinion (every block 0.5): for computing features before any model is trained. */
    public static BlockModel neutral() {
        int d = BlockFeatures.NAMES.size();
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        return new BlockModel(BlockFeatures.NAMES, new double[d], ones, new double[d], 0, 0.5);
    }

    /** The shipped model (loaded once per JVM). */
    public static BlockModel standard() {
        BlockModel m = standard;
        if (m == null) {
            synchronized (BlockModel.class) {
                if (standard == null) {
                    try (InputStream in = BlockModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        standard = read(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
                m = standard;
            }
        }
        return m;
    }

    public static BlockModel read(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.get("features").forEach(f -> names.add(f.asText()));
        return new BlockModel(names, doubles(n.get("mean")), doubles(n.get("scale")), doubles(n.get("weights")),
                n.get("intercept").asDouble(), n.path("threshold").asDouble(0.5));
    }

    private static double[] doubles(JsonNode a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).asDouble();
        }
        return d;
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
