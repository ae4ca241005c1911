package org.slant.compare;

/**
 * Classical (Torgerson) multidimensional scaling in plain Java: double-centre the squared distances and
 * take the top eigenvectors by power iteration with deflation. Written here rather than taken from
 * Smile because Smile 3's eigen solver runs native LAPACK, whose results differ in the last bits from
 * one CPU to another; this one gives the same bytes everywhere. Fine for the hundreds of items it gets.
 */
final class Mds {

    private Mds() {
    }

    static double[][] classical(double[][] d, int dims) {
        int n = d.length;
        double[][] b = new double[n][n];
        double[] rowMean = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sq = d[i][j] * d[i][j];
                rowMean[i] += sq / n;
                total += sq / ((double) n * n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = -0.5 * (d[i][j] * d[i][j] - rowMean[i] - rowMean[j] + total);
            }
        }
        double[][] coords = new double[n][dims];
        for (int k = 0; k < dims; k++) {
            // a fixed pseudo-random start: a regular one (1, 1.01, 1.02, ...) can be orthogonal to an
            // eigenvector of a symmetric configuration and miss it
            double[] v = new double[n];
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(20240404L + k);
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextDouble() - 0.5;
            }
            double lambda = 0;
            for (int it = 0; it < 500; it++) {
                double[] w = multiply(b, v);
                double norm = Math.sqrt(dot(w, w));
                if (norm < 1e-12) {
                    lambda = 0;
                    break;
                }
                for (int i = 0; i < n; i++) {
                    w[i] /= norm;
                }
                double delta = 0;
                for (int i = 0; i < n; i++) {
                    delta = Math.max(delta, Math.abs(w[i] - v[i]));
                }
                v = w;
                lambda = dot(v, multiply(b, v));
                if (delta < 1e-10) {
                    break;
                }
            }
            // a fixed sign: the largest component positive
            int arg = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(v[i]) > Math.abs(v[arg]) + 1e-12) {
                    arg = i;
                }
            }
            if (v[arg] < 0) {
                for (int i = 0; i < n; i++) {
                    v[i] = -v[i];
                }
            }
            double scale = Math.sqrt(Math.max(0, lambda));
            for (int i = 0; i < n; i++) {
                coords[i][k] = v[i] * scale;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b[i][j] -= lambda * v[i] * v[j];
                }
            }
        }
        return coords;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = dot(m[i], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
