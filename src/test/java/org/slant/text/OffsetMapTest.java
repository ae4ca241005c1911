package org.slant.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OffsetMapTest {

    @Test
    void separatorsMapOutward() {
        String raw = "aaaXXbbb";
        OffsetMap.Builder b = new OffsetMap.Builder(raw).slice(0, 3).separator("\n\n").slice(5, 8);
        assertEquals("aaa\n\nbbb", b.text());
        OffsetMap m = b.map();
        assertEquals(0, m.toRawStart(0));
        assertEquals(5, m.toRawStart(3));   // inside the separator: next slice
        assertEquals(3, m.toRawEnd(4));     // end inside the separator: previous slice
        assertEquals(8, m.toRawEnd(8));
        assertEquals(6, m.toRawStart(6));
    }
}
