package org.slant.dev.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.cli.Main;
import org.slant.extract.terminology.LoadedModel;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code slant train loaded} on a tiny corpus written here in the PTC layout: same data, same bytes. */
class LoadedTrainCommandTest {

    private static final String[] SENTENCES = {
        "The senator called the protesters thugs and said the plan was disgraceful.",
        "Officials met on Tuesday to discuss the budget for the coming year.",
        "Critics say the corrupt elite betrayed the voters with a shameful deal.",
        "The council approved the new school building after a short debate.",
        "These radical extremists want to destroy everything we hold dear.",
    };

    /** Ten articles (ids ending 0-9, so every split has some) with their Loaded_Language and Name_Calling spans. */
    static Path corpus(Path dir) throws IOException {
        Path ptc = dir.resolve("ptc");
        Path articles = Files.createDirectories(ptc.resolve("train-articles"));
        Path labels = Files.createDirectories(ptc.resolve("train-labels-task2-technique-classification"));
        for (int n = 0; n < 10; n++) {
            String id = "70000" + n;
            StringBuilder text = new StringBuilder("Report number " + n + "\n\n");
            for (int k = 0; k < SENTENCES.length; k++) {
                text.append(SENTENCES[(n + k) % SENTENCES.length]).append(' ');
            }
            String raw = text.toString().trim() + "\n";
            List<String> gold = new ArrayList<>();
            for (String[] g : new String[][]{{"thugs", "Name_Calling,Labeling"}, {"disgraceful", "Loaded_Language"},
                    {"corrupt elite", "Name_Calling,Labeling"}, {"shameful", "Loaded_Language"},
                    {"radical extremists", "Name_Calling,Labeling"}, {"destroy everything", "Loaded_Language"}}) {
                int at = raw.indexOf(g[0]);
                gold.add(id + "\t" + g[1] + "\t" + at + "\t" + (at + g[0].length()));
            }
            gold.add(id + "\tDoubt\t0\t6");
            Files.writeString(articles.resolve("article" + id + ".txt"), raw, StandardCharsets.UTF_8);
            Files.write(labels.resolve("article" + id + ".task2-TC.labels"), gold, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static int train(Path data, Path out, StringWriter err) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute("train", "loaded", "--data", data.toString(), "--out", out.toString(), "--lambda", "1");
    }

    @Test
    void trainingTwiceGivesTheSameBytesAndAModelThatLoads(@TempDir Path dir) throws IOException {
        Path data = corpus(dir);
        Path one = dir.resolve("one/loaded.tsv");
        Path two = dir.resolve("two/loaded.tsv");
        StringWriter err = new StringWriter();
        assertEquals(0, train(data, one, err), err.toString());
        assertEquals(0, train(data, two, err), err.toString());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        LoadedModel m = LoadedModel.read(new StringReader(Files.readString(one)));
        String header = String.join("\n", m.header());
        assertTrue(header.contains("train 0-5") && header.contains("report 8-9"), header);
        assertTrue(header.contains("report (article ids ending 8-9), 2 articles"), header);
        // the training split's loaded words weigh towards their class
        assertTrue(m.features().get(0).get("thugs")[1] > 0, "word=thugs should weigh towards label");
    }

    @Test
    void aMissingCorpusIsOneLineAndExitTwo(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(2, train(dir, dir.resolve("m.tsv"), err));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("slant train loaded: no PTC corpus at "), err.toString());
    }

    @Test
    void neverOverwritesAFileItDidNotMake(@TempDir Path dir) throws IOException {
        Path data = corpus(dir);
        Path mine = Files.writeString(dir.resolve("notes.tsv"), "my own notes\n");
        StringWriter err = new StringWriter();
        assertEquals(2, train(data, mine, err));
        assertEquals("my own notes\n", Files.readString(mine));
        assertTrue(err.toString().contains("is not a Slant model file"), err.toString());
    }
}
