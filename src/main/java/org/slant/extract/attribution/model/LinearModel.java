package org.slant.extract.attribution.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic-regression classifier over sparse binary features, as stored in a model resource: a header of
 * {@code # key<TAB>value} lines (name, version, provenance, decision threshold, figures) and then one
 * {@code feature<TAB>weight} line per feature, sorted by feature, so the file is plain text, diffs well and
 * is the same bytes for the same weights. A feature the file does not list weighs 0.
 */
public record LinearModel(Map<String, String> header, Map<String, Double> weights) {

    public LinearModel {
        header = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(header));
        weights = Map.copyOf(weights);
    }

    /** The probability that the features describe a positive token. */
    public double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return Double.parseDouble(header.getOrDefault("threshold", "0.5"));
    }

    /** {@code name@version}, the rule id of the findings the model makes. */
    public String id() {
        return header.get("name") + "@" + header.get("version");
    }

    /** The text of the resource: header, then weights sorted by feature, each rounded to 6 significant digits. */
    public String write() {
        StringBuilder b = new StringBuilder();
        header.forEach((k, v) -> b.append("# ").append(k).append('\t').append(v).append('\n'));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            b.append(e.getKey()).append('\t').append(format(e.getValue())).append('\n');
        }
        return b.toString();
    }

    public static String format(double w) {
        String s = String.format(Locale.ROOT, "%.6g", w);
        return s.equals("-0.00000") ? "0.00000" : s;
    }

    public static LinearModel read(InputStream in) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Double> weights = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw new IOException("line " + no + ": no tab");
                }
                if (line.startsWith("# ")) {
                    header.put(line.substring(2, tab), line.substring(tab + 1));
                } else {
                    weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
        }
        return new LinearModel(header, weights);
    }

    /** A model shipped as a class-path resource; a missing or broken resource is a build error, so it throws. */
    public static LinearModel resource(String path) {
        try (InputStream in = LinearModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing: " + path);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("model resource " + path, e);
        }
    }
}
