package org.slant.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.slant.model.Article;
import org.slant.testing.FuzzProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Fuzz targets for the article readers and the manifest. Replayed from the committed inputs in
 * {@code ReadersFuzzTestInputs/<target>/} in every test run; {@code JAZZER_FUZZ=1} fuzzes (see DEVELOPERS.md).
 */
class ReadersFuzzTest {

    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "60s")
    void text(byte[] data) {
        read("a.txt", "txt", data);
        read("a.md", "md", data);
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] data) {
        read("a.html", "html", data);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonl(byte[] data) {
        read("a.jsonl", "jsonl", data);
    }

    @FuzzTest(maxDuration = "60s")
    void manifest(byte[] data) {
        boolean json = data.length > 0 && (data[0] == '{' || data[0] == '[');
        String name = json ? "manifest.json" : "manifest.yaml";
        Path p = write(name, data);
        FuzzProperty.config(name, () -> Manifest.read(p, name));
    }

    private static void read(String name, String format, byte[] data) {
        Path p = write(name, data);
        Iterator<ReadItem> items = new ArticleReaders(1 << 20).read(new InputFile(p, name, format, null));
        while (items.hasNext()) {
            ReadItem item = items.next();
            if (item.isOk()) {
                Article a = item.article();
                if (a.raw() == null || !a.file().startsWith(name)) {
                    throw new AssertionError("an article without text or file: " + a.file());
                }
            } else {
                FuzzProperty.error(item.error(), name);
            }
        }
    }

    private static Path write(String name, byte[] data) {
        try {
            Path p = Files.write(DIR.resolve(name), data);
            p.toFile().deleteOnExit(); // after the folder was registered, so deleted before it
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("slant-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
