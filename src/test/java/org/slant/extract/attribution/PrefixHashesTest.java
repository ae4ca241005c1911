package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set holds the hash of every whole-word prefix of every key, and not those of other strings. */
class PrefixHashesTest {

    @Test
    void wholeWordPrefixesOnly() {
        String text = "ann lee roe\tUS\tR\nbo li\tCN\t\n";
        PrefixHashes set = PrefixHashes.of(text.toCharArray(), new int[]{0, text.indexOf("bo")});
        for (String yes : new String[]{"ann", "ann lee", "ann lee roe", "bo", "bo li"}) {
            assertTrue(set.contains(yes.hashCode()), yes);
        }
        for (String no : new String[]{"an", "ann l", "lee", "roe", "bo l", "bo li x", "ann lee roe\t", ""}) {
            assertFalse(set.contains(no.hashCode()), no);
        }
    }

    @Test
    void aHashOfZeroIsHeldLikeAnyOther() {
        String text = "\u0000 a\tUS\t\n";   // "\u0000" hashes to 0
        PrefixHashes set = PrefixHashes.of(text.toCharArray(), new int[]{0});
        assertTrue(set.contains(0));
        assertTrue(set.contains("\u0000 a".hashCode()));
        assertFalse(set.contains("b".hashCode()));
    }
}
