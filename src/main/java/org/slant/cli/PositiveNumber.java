package org.slant.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for options that only make sense above zero ({@code --threads}, {@code --sample},
 * {@code --max-article-size}): zero or a negative number used to be taken silently and do something odd
 * (one thread, an empty sample); now it is a usage error, exit 2.
 */
public final class PositiveNumber {

    private PositiveNumber() {
    }

    /** A whole number of at least 1 that fits an {@code int}. */
    public static final class Int implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) parse(value, Integer.MAX_VALUE);
        }
    }

    /** A whole number of at least 1 that fits a {@code long}. */
    public static final class Long implements ITypeConverter<java.lang.Long> {
        @Override
        public java.lang.Long convert(String value) {
            return parse(value, java.lang.Long.MAX_VALUE);
        }
    }

    static long parse(String value, long max) {
        long n;
        try {
            n = java.lang.Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1) {
            throw new TypeConversionException("'" + value + "' is not allowed: it must be at least 1");
        }
        if (n > max) {
            throw new TypeConversionException("'" + value + "' is too large (at most " + max + ")");
        }
        return n;
    }
}
