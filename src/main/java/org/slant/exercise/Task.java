package org.slant.exercise;

/**
 * A numbered question on the worksheet, with {@code lines} ruled lines of space for the answer, or a
 * table to fill in (null when none).
 */
public record Task(int number, String prompt, int lines, Part.Table table) {
}
