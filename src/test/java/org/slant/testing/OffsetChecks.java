package org.slant.testing;

import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence invariant: every finding's text is exactly the raw text between its offsets. */
public final class OffsetChecks {

    private OffsetChecks() {
    }

    public static void assertFindingsPointIntoRaw(ArticleResult r) {
        String raw = r.article().raw();
        for (Finding f : r.findings()) {
            assertTrue(f.start() >= 0 && f.start() <= f.end() && f.end() <= raw.length(),
                    () -> "span out of bounds: " + f);
            assertEquals(raw.substring(f.start(), f.end()), f.text(), () -> "text differs from raw span: " + f);
        }
    }
}
