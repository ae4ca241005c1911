package org.slant.extract.terminology;

import org.slant.text.Forms;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Something kept per form id ({@link org.slant.text.Token#form()}), filled on first use: reading a
 * token's is an array read, with no hashing of its string. Grown by copying, up to {@link Forms#CAPACITY}.
 * Thread-safe: values are written with release and read with acquire semantics, so a value another
 * thread put there is seen whole.
 *
 * @param <T> what is kept (immutable once put)
 */
final class FormRows<T> {

    private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(Object[].class);

    private volatile Object[] rows = new Object[1 << 12];

    /** The value of form {@code id}, or null when none was put there (or the id is -1). */
    @SuppressWarnings("unchecked")
    T get(int id) {
        Object[] r = rows;
        return id >= 0 && id < r.length ? (T) ROWS.getAcquire(r, id) : null;
    }

    /** Keeps the value of form {@code id} (ignored for -1: a form without an id). */
    synchronized void put(int id, T row) {
        if (id < 0) {
            return;
        }
        Object[] r = rows;
        if (id >= r.length) {
            r = Arrays.copyOf(r, Math.max(id + 1, Math.min(Forms.CAPACITY, 2 * r.length)));
            ROWS.setRelease(r, id, row);
            rows = r;
        } else {
            ROWS.setRelease(r, id, row);
        }
    }
}
