package org.slant.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.ChildCli;
import org.slant.testing.Project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product ships no native code: the pom leaves out Smile's JavaCPP, OpenBLAS and ARPACK jars, because
 * the Smile classes Slant calls (hierarchical clustering on a distance matrix it computes itself, the
 * stemmer, the stop words) never reach Smile's BLAS. Their only route there, {@code Linkage.proximity}
 * through {@code MathEx}, is not taken. This runs a report of the seeds, with the learned models on, in a
 * JVM that logs every class it loads: the clustering must load and Smile's maths and JavaCPP must not.
 */
class NativeCodeTest {

    @TempDir
    Path tmp;

    @Test
    void aReportLoadsNoNativeMaths() throws Exception {
        ChildCli.Raw r = ChildCli.raw(Project.dir(), List.of("-verbose:class", "-Dslant.loaded.model=on",
                        "-Dslant.attribution.engine=model"), Map.of(), new byte[0],
                "report", "--quiet", "--out", tmp.resolve("report").toString(), Project.seeds().toString());
        String loaded = new String(r.out(), StandardCharsets.UTF_8);
        assertEquals(0, r.code(), new String(r.err(), StandardCharsets.UTF_8));
        assertTrue(loaded.contains(" smile.clustering.HierarchicalClustering "), "the clustering did not run");
        assertTrue(loaded.contains(" smile.nlp.stemmer.PorterStemmer "), "the stemmer did not run");
        for (String never : List.of(" org.bytedeco.", " smile.math.MathEx ", " smile.math.blas.", " smile.math.matrix.")) {
            assertFalse(loaded.contains(never), never.strip() + " was loaded");
        }
    }
}
