package org.slant.dev.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.cli.Main;
import org.slant.extract.attribution.model.HashedModel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training on a tiny made-up corpus in PolNeAR's layout twice gives the same model bytes, with provenance. */
class TrainAttributionCommandTest {

    private static final String[][] SENTENCES = {
            {"Maria Lopez", "said", "the bridge would reopen in May."},
            {"The mayor", "told", "reporters that taxes would not rise."},
            {"Officials", "warned", "that the river could flood again."},
            {"A spokesman for the council", "said", "the vote was delayed."},
    };

    @Test
    void sameBytesTwiceWithProvenance(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        for (int k = 0; k < 14; k++) {
            article(data.resolve("polnear/data/" + (k < 10 ? "train" : "dev")), "story" + k, k);
        }
        train(data, dir.resolve("one"));
        train(data, dir.resolve("two"));
        for (String file : java.util.List.of("attribution-cue-v5.bin", "attribution-source-v5.bin")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("two").resolve(file)), file);
        }
        HashedModel m = HashedModel.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("one/attribution-cue-v5.bin"))));
        assertEquals("model.cue@5", m.id(), "the cue model names the findings");
        assertEquals("abc1234", m.header().get("code"));
        assertEquals("2026-01-02", m.header().get("date"));
        assertTrue(m.header().get("corpus").contains("c3eee83"));
        assertTrue(m.header().containsKey("dev.cue.tokens") && m.header().containsKey("cue.high"), m.header().toString());
        assertTrue(m.weight(org.slant.extract.attribution.model.Hashing.f(1,
                org.slant.extract.attribution.model.Hashing.of("said"))) > 0, "'said' should weigh towards a cue");
        HashedModel s = HashedModel.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("one/attribution-source-v5.bin"))));
        assertEquals("model.source@5", s.id());
        assertTrue(s.header().containsKey("threshold"));
    }

    @Test
    void aFileSlantDidNotWriteIsNotOverwritten(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        article(data.resolve("polnear/data/train"), "story0", 0);
        article(data.resolve("polnear/data/dev"), "story1", 1);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("attribution-cue-v5.bin"), "my notes\n");
        int code = Main.run("train", "attribution", "--data", data.toString(), "--out", out.toString(),
                "--commit", "abc1234@2026-01-02");
        assertEquals(2, code);
        assertEquals("my notes\n", Files.readString(out.resolve("attribution-cue-v5.bin")));
        assertTrue(Files.notExists(out.resolve("attribution-source-v5.bin")));
    }

    private static void train(Path data, Path out) throws IOException {
        Files.createDirectories(out);
        int code = Main.run("train", "attribution", "--data", data.toString(), "--out", out.toString(),
                "--commit", "abc1234@2026-01-02");
        assertEquals(0, code);
    }

    /** Three attributions per article ("Source cue content."), with BRAT lines for each. */
    private static void article(Path split, String name, int seed) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder ann = new StringBuilder();
        int t = 1;
        for (int s = 0; s < 3; s++) {
            String[] parts = SENTENCES[(seed + s) % SENTENCES.length];
            int src = text.length();
            text.append(parts[0]).append(' ');
            int cue = text.length();
            text.append(parts[1]).append(' ');
            int content = text.length();
            text.append(parts[2]).append(" The weather was mild and the roads were quiet.\n\n");
            ann.append("T").append(t).append("\tSource ").append(src).append(' ').append(src + parts[0].length())
                    .append('\t').append(parts[0]).append('\n');
            ann.append("T").append(t + 1).append("\tCue ").append(cue).append(' ').append(cue + parts[1].length())
                    .append('\t').append(parts[1]).append('\n');
            ann.append("T").append(t + 2).append("\tContent ").append(content).append(' ')
                    .append(content + parts[2].length()).append('\t').append(parts[2]).append('\n');
            ann.append("E").append(s + 1).append("\tAttribution:T").append(t + 1).append(" Content:T").append(t + 2)
                    .append(" Cue:T").append(t + 1).append(" Source:T").append(t).append('\n');
            t += 3;
        }
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/" + name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(split.resolve("attributions/" + name + "_a1.ann"), ann, StandardCharsets.UTF_8);
    }
}
