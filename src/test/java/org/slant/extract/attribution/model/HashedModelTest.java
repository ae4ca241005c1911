package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashedModelTest {

    @Test
    void writesAReadableHeaderAndReadsBackTheSameBytesAndWeights() throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("name", "model.cue");
        h.put("version", "3");
        h.put("cue.high", "0.70");
        long said = Hashing.f(1, Hashing.of("said"));
        long the = Hashing.f(1, Hashing.of("the"));
        int a = Hashing.bucket(said);
        int b = Hashing.bucket(the);
        int[] buckets = a < b ? new int[]{a, b} : new int[]{b, a};
        float[] weights = a < b ? new float[]{2.5f, -0.5f} : new float[]{-0.5f, 2.5f};
        HashedModel m = new HashedModel(h, buckets, weights);
        byte[] bytes = m.write();
        assertTrue(new String(bytes, 0, 40, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("# name\tmodel.cue\n# version\t3\n"), "the provenance is plain text");
        HashedModel back = HashedModel.read(new ByteArrayInputStream(bytes));
        assertArrayEquals(bytes, back.write(), "reading and writing again gives the same bytes");
        assertEquals("model.cue@3", back.id());
        assertEquals(0.70, back.threshold("cue.high", 0.5), 1e-12);
        assertEquals(2.5, back.weight(said), 1e-6);
        assertEquals(-0.5, back.weight(the), 1e-6);
        assertEquals(0, back.weight(Hashing.f(1, Hashing.of("unseen-word"))), 1e-12);
    }

    @Test
    void aBrokenFileIsAnError() {
        assertThrows(IOException.class, () -> HashedModel.read(new ByteArrayInputStream("# name\tx\n".getBytes())));
        assertThrows(IOException.class, () -> HashedModel.read(new ByteArrayInputStream("hello\n--\n".getBytes())));
    }

    @Test
    void theShippedModelsCarryTheirProvenance() {
        for (String r : List.of(AttributionModel.CUE_RESOURCE, AttributionModel.SOURCE_RESOURCE)) {
            HashedModel m = HashedModel.resource(r);
            for (String key : List.of("corpus", "split", "code", "date", "dev.cue.tokens", "dev.source.tokens")) {
                assertTrue(m.header().containsKey(key), r + " has no " + key);
            }
            assertTrue(m.header().get("corpus").contains("c3eee83"));
            assertEquals("5", m.header().get("version"), r);
            assertTrue(m.size() > 1000, r + " holds weights");
        }
        assertTrue(HashedModel.resource(AttributionModel.CUE_RESOURCE).header().containsKey("cue.high"));
        assertTrue(HashedModel.resource(AttributionModel.SOURCE_RESOURCE).header().containsKey("threshold"));
    }
}
