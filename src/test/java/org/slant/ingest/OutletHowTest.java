package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.slant.model.ArticleMeta;
import org.slant.model.OutletEvidence;
import org.slant.model.OutletSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report's words for how an outlet was decided. */
class OutletHowTest {

    @Test
    void saysWhichCluesDecided() {
        ArticleMeta m = ArticleMeta.empty().withOutlet("Bugle", null, OutletSource.INFERRED, List.of(
                new OutletEvidence(PageOutlet.SITE_NAME, "Bugle", -1, -1, "Bugle"),
                new OutletEvidence(PageOutlet.HOST, "Bugle", -1, -1, "bugle.example"),
                new OutletEvidence("copyright", "Bugle", 10, 20, "© 2024 Bugle"),
                new OutletEvidence("copyright", "Bugle", 40, 50, "© 2024 Bugle")));
        assertEquals("the page's og:site_name, the host of the page's canonical address, a copyright line (inferred)",
                OutletHow.of(m));
        assertEquals("manifest", OutletHow.of(ArticleMeta.empty().withOutlet("B", null, OutletSource.MANIFEST, List.of())));
        assertEquals("nowhere: no manifest entry, and neither the page nor the text names it (unknown)",
                OutletHow.of(ArticleMeta.empty()));
    }
}
