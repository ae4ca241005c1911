package org.slant.exercise;

/** One kind of exercise: builds its worksheet and key from the analysis, or says why it cannot. */
interface ExerciseKind {

    /** A stable id, used in file names: {@code loaded-words}. */
    String id();

    String title();

    Outcome make(Context c, int number);

    /** Either an exercise or the reason none can be made from this set. */
    record Outcome(Exercise exercise, String skipped) {
        static Outcome of(Exercise e) {
            return new Outcome(e, null);
        }

        static Outcome skip(String reason) {
            return new Outcome(null, reason);
        }
    }
}
