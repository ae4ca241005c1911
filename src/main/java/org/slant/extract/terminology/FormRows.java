package org.slant.extract.terminology;

import org.slant.text.Forms;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Rows of floats by form id ({@link org.slant.text.Token#form()}), filled on first use: reading a token's
 * row is an array read, with no hashing of its string (issue 17: a hash lookup per token was most of the
 * loaded-language model's cost). Grown by copying, up to {@link Forms#CAPACITY}. Thread-safe: rows are
 * written with release and read with acquire semantics, so a row another thread filled in is seen whole.
 */
final class FormRows {

    private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(float[][].class);

    private volatile float[][] rows = new float[1 << 12][];

    /** The row of form {@code id}, or null when none was put there (or the id is -1). */
    float[] get(int id) {
        float[][] r = rows;
        return id >= 0 && id < r.length ? (float[]) ROWS.getAcquire(r, id) : null;
    }

    /** Keeps the row of form {@code id} (ignored for -1: a form without an id). */
    synchronized void put(int id, float[] row) {
        if (id < 0) {
            return;
        }
        float[][] r = rows;
        if (id >= r.length) {
            r = Arrays.copyOf(r, Math.max(id + 1, Math.min(Forms.CAPACITY, 2 * r.length)));
            ROWS.setRelease(r, id, row);
            rows = r;
        } else {
            ROWS.setRelease(r, id, row);
        }
    }
}
