package org.slant.exercise;

import java.util.List;

/**
 * One exercise: the worksheet (title, learning goal, time, instructions, hints, material, tasks) and its
 * answer key.
 *
 * @param kind    the kind's id ({@code loaded-words}, ...)
 * @param number  its place in the set (1 to 7), for file names and headings
 * @param minutes the time it needs in class
 */
public record Exercise(String kind, int number, String title, String goal, int minutes, List<String> instructions,
                       List<String> hints, List<Part> material, List<Task> tasks, Key key) {

    public Exercise {
        instructions = List.copyOf(instructions);
        hints = List.copyOf(hints);
        material = List.copyOf(material);
        tasks = List.copyOf(tasks);
    }

    /** The file-name stem: {@code 1-loaded-words}. */
    public String slug() {
        return number + "-" + kind;
    }
}
