package org.slant.extract.attribution.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A logistic-regression classifier over hashed binary features (see {@link Hashing}), as stored in a model
 * resource: a readable text header of {@code # key<TAB>value} lines (name, version, provenance, thresholds,
 * figures), a line {@code --}, then the weights as big-endian (bucket int, weight float) pairs sorted by
 * bucket. Loaded into an open-addressing table sized to the weights, so loading reads a few MB once and a
 * lookup is one or two probes. A bucket the file does not list weighs 0.
 */
public final class HashedModel {

    private final Map<String, String> header;
    private final int[] buckets;
    private final float[] weights;
    /** Open addressing, key and weight in one long (bucket + 1 high, float bits low): one cache line per probe. */
    private final long[] table;
    private final int mask;

    /** {@code buckets} sorted ascending, distinct, each with its weight. */
    public HashedModel(Map<String, String> header, int[] buckets, float[] weights) {
        this.header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        this.buckets = buckets.clone();
        this.weights = weights.clone();
        int cap = Integer.highestOneBit(Math.max(4, buckets.length * 2 + 1)) << 1;
        this.table = new long[cap];
        this.mask = cap - 1;
        for (int k = 0; k < buckets.length; k++) {
            int slot = spread(buckets[k]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) (buckets[k] + 1) << 32 | (Float.floatToRawIntBits(weights[k]) & 0xffffffffL);
        }
    }

    /** The same weights under another header (the trainer adds thresholds and figures once it has them). */
    public HashedModel withHeader(Map<String, String> other) {
        return new HashedModel(other, buckets, weights);
    }

    public Map<String, String> header() {
        return header;
    }

    public int size() {
        return buckets.length;
    }

    /** The weight of a feature (0 when its bucket has none). */
    public double weight(long feature) {
        int bucket = Hashing.bucket(feature);
        long key = bucket + 1L;
        int slot = spread(bucket) & mask;
        long e;
        while ((e = table[slot]) != 0) {
            if (e >>> 32 == key) {
                return Float.intBitsToFloat((int) e);
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /**
     * The summed weights of {@code features[0..n)}, added in that order ({@code first} is the caller's scratch
     * array, at least n long). The first table entry of every feature is read in one pass, then the entries are
     * matched in a second (probing on only on a collision): the reads of the first pass do not wait on each other,
     * so the processor overlaps their cache misses (the table is a few MB, larger than a core's cache). The same
     * sum, to the last bit, as adding {@link #weight} of each in turn.
     */
    public double sum(long[] features, long[] first, int n) {
        for (int k = 0; k < n; k++) {
            first[k] = table[spread(Hashing.bucket(features[k])) & mask];
        }
        double z = 0;
        for (int k = 0; k < n; k++) {
            long e = first[k];
            z += e == 0 ? 0 : e >>> 32 == Hashing.bucket(features[k]) + 1L ? Float.intBitsToFloat((int) e) : weight(features[k]);
        }
        return z;
    }

    private static int spread(int b) {
        return (b * 0x9E3779B1) >>> 8;
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold(String key, double otherwise) {
        String v = header.get(key);
        return v == null ? otherwise : Double.parseDouble(v);
    }

    /** {@code name@version}, the rule id of the findings the model makes. */
    public String id() {
        return header.get("name") + "@" + header.get("version");
    }

    public byte[] write() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StringBuilder b = new StringBuilder();
            header.forEach((k, v) -> b.append("# ").append(k).append('\t').append(v).append('\n'));
            b.append("--\n");
            bytes.write(b.toString().getBytes(StandardCharsets.UTF_8));
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(buckets.length);
            for (int k = 0; k < buckets.length; k++) {
                out.writeInt(buckets[k]);
                out.writeFloat(weights[k]);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model written by {@link #write}: all bytes at once, then the pairs from a buffer (a few ms). */
    public static HashedModel read(InputStream raw) throws IOException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(raw.readAllBytes());
        Map<String, String> header = new LinkedHashMap<>();
        String line;
        while (!(line = line(in)).equals("--")) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("# ") || tab < 0) {
                throw new IOException("not a model header line: " + line);
            }
            header.put(line.substring(2, tab), line.substring(tab + 1));
        }
        if (in.remaining() < 4) {
            throw new IOException("model weights missing");
        }
        int n = in.getInt();
        if (n < 0 || in.remaining() != 8L * n) {
            throw new IOException("model weights truncated: " + n + " announced, " + in.remaining() + " bytes");
        }
        int[] buckets = new int[n];
        float[] weights = new float[n];
        for (int k = 0; k < n; k++) {
            buckets[k] = in.getInt();
            weights[k] = in.getFloat();
        }
        return new HashedModel(header, buckets, weights);
    }

    private static String line(java.nio.ByteBuffer in) throws IOException {
        int start = in.position();
        while (in.hasRemaining()) {
            if (in.get() == '\n') {
                return new String(in.array(), start, in.position() - 1 - start, StandardCharsets.UTF_8);
            }
        }
        throw new IOException("model header not closed by --");
    }

    /** A model shipped as a class-path resource; a missing or broken resource is a build error, so it throws. */
    public static HashedModel resource(String path) {
        try (InputStream in = HashedModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing: " + path);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("model resource " + path, e);
        }
    }
}
