package org.slant.compare;

/**
 * A fact found in one article: a number with its context, a date, a name, or a quoted statement.
 *
 * @param kind    number, date, entity or quote
 * @param key     what makes two facts the same row (unit for numbers, MM-DD for dates, a name key, a
 *                quotation's words)
 * @param value   the quantity for numbers (to group 140 with 144), 0 otherwise
 * @param form    the normalised form compared for "present" vs "present in a different form"
 * @param text    the surface text, as written
 * @param start   raw start offset
 * @param end     raw end offset
 */
public record Fact(String kind, String key, double value, String form, String text, int start, int end) {
}
