package org.slant.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A typed name for something a stage provides and later stages read (the clean content, the block
 * labels, the attributions). Keys compare by identity: declare each once, as a constant.
 *
 * @param <T> the type of the value
 */
public final class Key<T> {

    private final String name;
    private final Class<?> type;
    /** For a list key, the class of its elements; null otherwise. */
    private final Class<?> element;

    private Key(String name, Class<?> type, Class<?> element) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.element = element;
    }

    /** A key for values of the given class. */
    public static <T> Key<T> of(String name, Class<T> type) {
        return new Key<>(name, type, null);
    }

    /** A key for lists whose elements are of the given class (checked when a stage provides one). */
    public static <E> Key<List<E>> listOf(String name, Class<E> element) {
        return new Key<>(name, List.class, Objects.requireNonNull(element));
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new PipelineException("value for '" + name + "' is a " + value.getClass().getName()
                    + ", not a " + type.getName());
        }
        if (element != null) {
            for (Object e : (List<?>) value) {
                if (!element.isInstance(e)) {
                    throw new PipelineException("value for '" + name + "' holds a "
                            + (e == null ? "null" : e.getClass().getName()) + ", not a " + element.getName());
                }
            }
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
