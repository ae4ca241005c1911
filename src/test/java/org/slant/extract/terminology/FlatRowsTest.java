package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** Rows by form id: filled once, found at the same offset after the array grows. */
class FlatRowsTest {

    private static float[] row(int id) {
        float[] r = new float[FlatRows.STRIDE];
        for (int k = 0; k < r.length; k++) {
            r[k] = id * 100 + k - 0.5f;
        }
        return r;
    }

    @Test
    void rowsStayWhereTheyWereFilledAsTheArrayGrows() {
        FlatRows rows = new FlatRows();
        float[] before = rows.array();
        assertEquals(-1, FlatRows.offset(before, 3));
        int three = rows.fill(3, row(3));
        assertEquals(three, FlatRows.offset(rows.array(), 3));
        int far = rows.fill(100_000, row(100_000));
        assertNotSame(before, rows.array(), "grown");
        float[] a = rows.array();
        assertEquals(three, FlatRows.offset(a, 3));
        assertEquals(far, FlatRows.offset(a, 100_000));
        assertEquals(-1, FlatRows.offset(a, 4));
        assertEquals(-1, FlatRows.offset(a, -1));
        for (int k = 0; k < FlatRows.STRIDE; k++) {
            assertEquals(row(3)[k], a[three + k]);
            assertEquals(row(100_000)[k], a[far + k]);
        }
        assertEquals(three, rows.fill(3, row(7)), "filled once: the first row stands");
        assertEquals(row(3)[0], rows.array()[three]);
    }
}
