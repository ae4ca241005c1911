package org.slant.exercise;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.slant.report.json.AnalysisJson;

import java.io.IOException;
import java.util.List;

/**
 * An answer key as JSON ({@code slant/exercise-key/v1}): the exercise, and every answer with its evidence,
 * written by the same mapper as {@code analysis.json} so that comparison entries read the same in both.
 */
final class KeyJson {

    static final String SCHEMA = "slant/exercise-key/v1";

    private KeyJson() {
    }

    @JsonPropertyOrder({"schema", "kind", "number", "title", "level", "seed", "source", "analysis", "summary", "answers"})
    record Doc(String schema, String kind, int number, String title, String level, long seed, String source,
               String analysis, String summary, List<Answer> answers) {
    }

    static byte[] bytes(Exercise e, ExerciseSet set) throws IOException {
        Doc d = new Doc(SCHEMA, e.kind(), e.number(), e.title(), set.level().id(), set.seed(), set.source(),
                "analysis.json", e.key().summary(), e.key().answers());
        byte[] body = AnalysisJson.writer().writeValueAsBytes(d);
        byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
        out[body.length] = '\n';
        return out;
    }
}
