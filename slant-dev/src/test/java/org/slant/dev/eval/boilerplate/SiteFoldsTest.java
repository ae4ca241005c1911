package org.slant.dev.eval.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteFoldsTest {

    @Test
    void aSiteIsTheRegistrableHost() {
        assertEquals("example.org", SiteFolds.site("https://www.example.org/a/b?c=1", "0001"));
        assertEquals("example.org", SiteFolds.site("https://health.example.org/x", "0002"));
        assertEquals("paper.co.uk", SiteFolds.site("https://news.paper.co.uk/story", "0003"));
        assertEquals("page:0004", SiteFolds.site(null, "0004"));
        assertEquals("page:0005", SiteFolds.site("not a url at all", "0005"));
    }

    @Test
    void pagesOfOneSiteShareAFoldAndTheFoldsAreFixed() {
        String a = SiteFolds.site("https://www.example.org/one", "1");
        String b = SiteFolds.site("https://blog.example.org/two", "2");
        assertEquals(SiteFolds.fold(a), SiteFolds.fold(b));
        // written down: the CRC-32 of the name modulo 5, the same on every machine
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals((int) (crc.getValue() % SiteFolds.FOLDS), SiteFolds.fold("example.org"));
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int f = SiteFolds.fold("site" + i + ".com");
            assertTrue(f >= 0 && f < SiteFolds.FOLDS);
            used.add(f);
        }
        assertEquals(SiteFolds.FOLDS, used.size(), "every fold gets sites");
    }
}
