package org.slant.exercise;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.testing.Project;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Same articles and seed: the same bytes; another seed: another selection, where the material allows it. */
class ExercisesDeterminismTest {

    @Test
    void theSameInputAndSeedGiveIdenticalFiles() throws IOException {
        // two independent analyses of the same files, so nothing can be shared between the runs
        Analysis a1 = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        Analysis a2 = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults().withThreads(1));
        for (Exercises.Format format : Exercises.Format.values()) {
            for (Level level : Level.values()) {
                Map<String, byte[]> one = Exercises.files(Fixtures.build(a1, level, 42), a1, format);
                Map<String, byte[]> two = Exercises.files(Fixtures.build(a2, level, 42), a2, format);
                assertEquals(one.keySet(), two.keySet());
                for (String name : one.keySet()) {
                    assertArrayEquals(one.get(name), two.get(name), format + " " + level + " " + name);
                }
            }
        }
    }

    @Test
    void anotherSeedPicksOtherMaterial() throws IOException {
        Analysis a = Fixtures.seeds();
        Map<String, byte[]> first = Exercises.files(Fixtures.build(a, Level.INTRO, 1), a, Exercises.Format.MD);
        TreeSet<String> changed = new TreeSet<>();
        for (long seed = 2; seed <= 12; seed++) {
            Map<String, byte[]> other = Exercises.files(Fixtures.build(a, Level.INTRO, seed), a, Exercises.Format.MD);
            for (Map.Entry<String, byte[]> f : first.entrySet()) {
                String name = f.getKey();
                // the worksheet's material, not its footer (which names the seed)
                if (name.matches("\\d-[a-z-]+\\.md") && !Arrays.equals(body(f.getValue()), body(other.get(name)))) {
                    changed.add(name);
                }
            }
        }
        TreeSet<String> made = new TreeSet<>();
        first.keySet().stream().filter(n -> n.matches("\\d-[a-z-]+\\.md")).forEach(made::add);
        // every kind made from the seeds has more than one candidate to choose from
        assertEquals(made, changed);
    }

    /** The file without its last line (the footer naming the seed). */
    private static byte[] body(byte[] file) {
        int end = file.length - 1;
        while (end > 0 && file[end - 1] != '\n') {
            end--;
        }
        return Arrays.copyOf(file, Math.max(0, end));
    }
}
