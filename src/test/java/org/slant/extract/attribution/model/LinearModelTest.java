package org.slant.extract.attribution.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearModelTest {

    @Test
    void writesSortedRoundedAndReadsBack() throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("name", "model.cue");
        h.put("version", "1");
        h.put("threshold", "0.30");
        LinearModel m = new LinearModel(h, Map.of("w=said", 2.123456789, "bias", -3.0, "w=the", -0.5));
        String text = m.write();
        assertEquals("# name\tmodel.cue\n# version\t1\n# threshold\t0.30\nbias\t-3.00000\nw=said\t2.12346\nw=the\t-0.500000\n",
                text);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, back.write(), "reading and writing again gives the same bytes");
        assertEquals("model.cue@1", back.id());
        assertEquals(0.30, back.threshold(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-(2.12346 - 3.0))), back.probability(List.of("bias", "w=said", "w=unseen")), 1e-12);
    }

    @Test
    void theShippedModelsCarryTheirProvenance() {
        for (String r : List.of(AttributionModel.CUE_RESOURCE, AttributionModel.STACK_RESOURCE, AttributionModel.SOURCE_RESOURCE)) {
            LinearModel m = LinearModel.resource(r);
            for (String key : List.of("corpus", "split", "code", "date", "dev.cue.tokens", "dev.source.tokens", "threshold")) {
                assertTrue(m.header().containsKey(key), r + " has no " + key);
            }
            assertTrue(m.header().get("corpus").contains("c3eee83"));
            assertEquals("2", m.header().get("version"), r);
        }
    }
}
