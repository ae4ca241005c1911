package org.slant.extract.terminology;

import org.slant.text.Forms;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Rows of {@value #STRIDE} floats by form id ({@link org.slant.text.Token#form()}), end to end in one
 * array, filled on first use. A token's row is then an array read, with no hashing of its string and no
 * pointer to follow (issue 17: a hash lookup per token was most of the loaded-language model's cost), and
 * since ids are given in the order forms are first met, the frequent words' rows lie together at the
 * start, where they stay in the cache. Offsets stay valid when the array grows (by copying, up to
 * {@link Forms#CAPACITY} rows). Thread-safe: an unfilled row starts with NaN (no weight is NaN); a row is
 * written before its first float, with release, and that float is read with acquire, so a row another
 * thread filled in is seen whole.
 */
final class FlatRows {

    static final int STRIDE = 10;
    private static final VarHandle FLOATS = MethodHandles.arrayElementVarHandle(float[].class);

    private volatile float[] rows = empty(1 << 12);
    /** Every id below this has its row filled in {@link #rows} (written after the array that holds them). */
    private volatile int filledBelow;

    private static float[] empty(int forms) {
        float[] a = new float[forms * STRIDE];
        Arrays.fill(a, Float.NaN);
        return a;
    }

    /** The current array: it holds every row filled so far; rows filled later may be in a newer one. */
    float[] array() {
        return rows;
    }

    /** The offset of form {@code id}'s row in {@code array}, or -1 when it is not filled there. */
    static int offset(float[] array, int id) {
        int at = id * STRIDE;
        return id >= 0 && at < array.length && !Float.isNaN((float) FLOATS.getAcquire(array, at)) ? at : -1;
    }

    /**
     * Whether {@code id}'s row is among those {@link #filledBelow} filled: then it is in every array
     * {@link #array()} returns from now on (read after this volatile read), and plain reads see it whole.
     */
    boolean isFilledBelow(int id) {
        return id < filledBelow;
    }

    /**
     * The array of rows with every id below {@code ids} filled, the missing ones made by {@code rowOf} now:
     * a reader that got it through here may read those rows with plain reads (the volatile read of
     * {@link #filledBelow} orders them after their writes), so a token's row needs no check.
     */
    float[] filledBelow(int ids, java.util.function.IntFunction<float[]> rowOf) {
        if (filledBelow >= ids) {
            return rows;
        }
        synchronized (this) {
            for (int id = filledBelow; id < ids; id++) {
                float[] a = rows;
                int at = id * STRIDE;
                if (at >= a.length || Float.isNaN(a[at])) {
                    fill(id, rowOf.apply(id));
                }
            }
            filledBelow = Math.max(filledBelow, ids);
            return rows;
        }
    }

    /** Fills form {@code id}'s row ({@code id >= 0}) and returns its offset, valid in {@link #array()} from now on. */
    synchronized int fill(int id, float[] row) {
        float[] a = rows;
        int at = id * STRIDE;
        if (at >= a.length) {
            float[] grown = empty(Math.max(id + 1, Math.min(Forms.CAPACITY, 2 * a.length / STRIDE)));
            System.arraycopy(a, 0, grown, 0, a.length);
            a = grown;
        }
        if (Float.isNaN(a[at])) {
            System.arraycopy(row, 1, a, at + 1, STRIDE - 1);
            FLOATS.setRelease(a, at, row[0]);
        }
        rows = a;
        return at;
    }
}
