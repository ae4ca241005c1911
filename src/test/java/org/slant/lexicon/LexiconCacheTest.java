package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.slant.config.ConfigNode;
import org.slant.testing.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconCacheTest {

    static List<LexiconCache.Source> projectLexicons() throws IOException {
        Path dir = Project.dir().resolve("lexicons");
        List<LexiconCache.Source> out = new ArrayList<>();
        for (Path p : LexiconCache.yamlFiles(dir)) {
            out.add(new LexiconCache.Source(LexiconCache.display(dir, p), Files.readAllBytes(p)));
        }
        return out;
    }

    @Test
    void theCacheGivesWhatParsingGives() throws IOException {
        List<LexiconCache.Source> files = projectLexicons();
        List<LexiconFile> cached = LexiconCache.read(LexiconCache.build(files), files);
        assertNotNull(cached);
        List<LexiconFile> parsed = files.stream().map(LexiconCache.Source::parse).toList();
        assertEquals(parsed.size(), cached.size());
        int nodes = 0;
        for (int i = 0; i < parsed.size(); i++) {
            LexiconFile p = parsed.get(i);
            LexiconFile c = cached.get(i);
            assertEquals(List.of(p.file(), p.id(), p.version(), p.kind(), p.description(), p.provenance()),
                    List.of(c.file(), c.id(), c.version(), c.kind(), c.description(), c.provenance()));
            assertEquals(p.entries().size(), c.entries().size());
            for (int k = 0; k < p.entries().size(); k++) {
                LexiconEntry a = p.entries().get(k);
                LexiconEntry b = c.entries().get(k);
                assertEquals(List.of(a.id(), a.rationale(), a.location()), List.of(b.id(), b.rationale(), b.location()));
                assertEquals(a.mustMatch(), b.mustMatch());
                nodes += same(a.node(), b.node());
            }
        }
        assertTrue(nodes > 10_000, "compared " + nodes + " nodes");
    }

    /** Compares two node trees: kind, location, null-ness and text; returns the number of nodes. */
    private static int same(ConfigNode a, ConfigNode b) {
        assertEquals(a.location(), b.location());
        assertEquals(List.of(a.isMap(), a.isList(), a.isScalar(), a.isNull()), List.of(b.isMap(), b.isList(), b.isScalar(), b.isNull()),
                a.location());
        int n = 1;
        if (a.isMap()) {
            assertEquals(List.copyOf(a.keys()), List.copyOf(b.keys()));
            for (String k : a.keys()) {
                n += same(a.asMap().get(k), b.asMap().get(k));
            }
        } else if (a.isList()) {
            assertEquals(a.asList().size(), b.asList().size());
            for (int i = 0; i < a.asList().size(); i++) {
                n += same(a.asList().get(i), b.asList().get(i));
            }
        } else if (!a.isNull()) {
            assertEquals(a.asString(), b.asString(), a.location());
        }
        return n;
    }

    @Test
    void aStaleOrDamagedCacheIsNotUsed() throws IOException {
        List<LexiconCache.Source> files = projectLexicons();
        byte[] cache = LexiconCache.build(files);
        List<LexiconCache.Source> edited = new ArrayList<>(files);
        byte[] b = files.get(0).bytes().clone();
        b[b.length - 2] = (byte) (b[b.length - 2] == 'a' ? 'b' : 'a');
        edited.set(0, new LexiconCache.Source(files.get(0).name(), b));
        assertNull(LexiconCache.read(cache, edited), "an edited file");
        assertNull(LexiconCache.read(cache, files.subList(1, files.size())), "a file fewer");
        byte[] cut = java.util.Arrays.copyOf(cache, cache.length / 2);
        assertNull(LexiconCache.read(cut, files), "a truncated cache");
        assertNull(LexiconCache.read(null, files));
    }

    @Test
    void theBuildShipsACacheThatMatchesTheLexicons() throws IOException {
        byte[] shipped;
        try (var in = LexiconCache.class.getClassLoader().getResourceAsStream("lexicons/" + LexiconCache.NAME)) {
            assertNotNull(in, "lexicons/lexicons.cache is missing from the class path: run the build");
            shipped = in.readAllBytes();
        }
        assertNotNull(LexiconCache.read(shipped, projectLexicons()),
                "the built cache does not match lexicons/: rebuild (./mvnw -q -DskipTests package)");
    }
}
