package org.slant.pipeline;

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

    private Key(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    /** A key for values of the given class (for generic types, pass the raw class). */
    public static <T> Key<T> of(String name, Class<?> type) {
        return new Key<>(name, type);
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
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
