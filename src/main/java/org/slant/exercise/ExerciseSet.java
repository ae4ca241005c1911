package org.slant.exercise;

import org.slant.text.English;

import java.util.List;

/**
 * The exercises made from one analysed set, and the kinds that could not be made, each with the reason.
 *
 * @param source   what the set was made from (the input paths), for headings
 * @param articles how many articles were analysed
 */
public record ExerciseSet(String source, Level level, long seed, int articles, List<Exercise> exercises,
                          List<Skip> skipped) {

    public ExerciseSet {
        exercises = List.copyOf(exercises);
        skipped = List.copyOf(skipped);
    }

    /** One sentence: how many worksheets from how many articles, and how many kinds were not made. */
    public String summary() {
        return English.capital(Words.plural(exercises.size(), "worksheet", "worksheets")) + " with answer keys from "
                + Words.plural(articles, "article", "articles") + ", " + level.id() + " level, seed " + seed + "."
                + (skipped.isEmpty() ? "" : " " + English.capital(Words.plural(skipped.size(), "kind of exercise",
                "kinds of exercise")) + " could not be made from this set (see below).");
    }

    /** A kind that was not made: its number, id and title, and why (one sentence). */
    public record Skip(int number, String kind, String title, String reason) {
    }
}
