package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;
import org.slant.model.OutletSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Every input format and encoding, and every kind of bad input: one error each, the batch goes on. */
class ReadersTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Talks held\n\nThe ministers talked for an hour on Wednesday.";

    private Analysis run(String... paths) {
        return Slant.analyzeAll(List.of(paths), RunOptions.defaults().withThreads(2));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(Analysis a) {
        assertEquals(1, a.errors().size(), () -> "errors: " + a.errors());
        return a.errors().get(0).message();
    }

    @Test
    void plainTextAndMarkdown() throws IOException {
        write("a.txt", TEXT);
        write("b.md", "# A heading here now\n\nSome *markdown* text.");
        Analysis a = run(dir.toString());
        assertEquals(List.of("a", "b"), a.articles().stream().map(ArticleResult::id).toList());
        assertEquals("A heading here now", a.articles().get(1).article().meta().title());
        assertTrue(a.errors().isEmpty());
    }

    @Test
    void htmlPageGivesOneBlockPerParagraph() throws IOException {
        write("p.html", "<html><head><title>Talks held</title><script>var x=1;</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Talks held</h1>"
                + "<p>The ministers <b>talked</b> for an hour.</p><p>Second   paragraph.</p></article></body></html>");
        ArticleResult r = run(dir.resolve("p.html").toString()).articles().get(0);
        assertEquals("Home World\n\nTalks held\n\nThe ministers talked for an hour.\n\nSecond paragraph.",
                r.article().raw());
        assertEquals("Talks held", r.article().meta().title());
        assertEquals(4, r.article().markup().size());
        assertEquals(9, r.article().markup().get(0).linkChars()); // "Home" and "World", spaces not counted
        assertEquals("nav", r.article().markup().get(0).tag());
    }

    @Test
    void jsonlGivesOneArticlePerLineAndAMalformedLineDoesNotStopTheOthers() throws IOException {
        write("c.jsonl", "{\"id\":\"x1\",\"text\":\"First article text here.\",\"outlet\":\"AFP\"}\n"
                + "{not json\n"
                + "\n"
                + "{\"text\":\"Third article, no id.\",\"title\":\"T\"}\n"
                + "{\"id\":\"x4\"}\n");
        Analysis a = run(dir.resolve("c.jsonl").toString());
        assertEquals(List.of("x1", "c-4"), a.articles().stream().map(ArticleResult::id).toList());
        assertEquals(OutletSource.INPUT, a.articles().get(0).article().meta().outletSource());
        assertEquals(List.of("c.jsonl:2:2", "c.jsonl:5"),
                a.errors().stream().map(e -> e.file().substring(e.file().lastIndexOf('/') + 1)).toList());
        assertTrue(a.errors().get(0).message().startsWith("malformed JSON"));
        assertTrue(a.errors().get(1).message().contains("\"text\""));
    }

    @Test
    void utf8WithBomAndUtf16WithBom() throws IOException {
        byte[] bom8 = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        write("u8.txt", bom8);
        write("u16le.txt", le);
        write("u16be.txt", be);
        Analysis a = run(dir.toString());
        assertEquals(3, a.articles().size());
        for (ArticleResult r : a.articles()) {
            assertEquals(TEXT, r.article().raw(), r.id());
        }
    }

    @Test
    void emptyFile() throws IOException {
        write("empty.txt", new byte[0]);
        write("good.txt", TEXT);
        Analysis a = run(dir.toString());
        assertEquals("empty file", message(a));
        assertEquals(1, a.articles().size());
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        write("blank.txt", " \n\n \t\n");
        assertTrue(message(run(dir.toString())).startsWith("no text"));
    }

    @Test
    void binaryFile() throws IOException {
        write("bin.txt", new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        assertTrue(message(run(dir.toString())).startsWith("binary file"));
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        byte[] bad = concat("Caf".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xE9, 0x20, 0x61});
        write("latin1.txt", bad);
        assertEquals("invalid UTF-8 at byte 3 (Slant reads UTF-8, or UTF-16/UTF-32 with a byte-order mark; "
                + "convert with iconv)", message(run(dir.toString())));
    }

    @Test
    void folderWithNoArticles() throws IOException {
        write("notes.csv", "a,b");
        AnalysisError e = run(dir.toString()).errors().get(0);
        assertTrue(e.message().startsWith("no articles found"), e.message());
    }

    @Test
    void missingPath() {
        Analysis a = run(dir.resolve("nope.txt").toString());
        assertEquals("no such file or folder", message(a));
    }

    @Test
    void fileThatCannotBeRead() throws IOException {
        Path p = write("locked.txt", TEXT);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as root: file permissions do not apply");
        assertEquals("cannot read (permission denied)", message(run(p.toString())));
    }

    @Test
    void fileRemovedAfterItWasListed() throws IOException {
        Path p = write("gone.txt", TEXT);
        InputFile in = new InputFile(p, "gone.txt", "txt", null);
        Files.delete(p);
        ReadItem item = new ArticleReaders(1000).read(in).next();
        assertEquals("no such file", item.error().message());
    }

    @Test
    void fiftyMegabyteFileIsRefusedWithTheLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        write("ok.txt", TEXT);
        Analysis a = run(dir.toString());
        assertEquals("file is 52428800 bytes; the limit per article is 10485760 bytes (--max-article-size)", message(a));
        assertEquals(1, a.articles().size());
    }

    @Test
    void unsupportedExtensionGivenExplicitly() throws IOException {
        Path p = write("x.pdf", "%PDF");
        assertTrue(message(run(p.toString())).startsWith("unsupported file type"));
    }

    @Test
    void readmeAndSourcesAreNotArticles() throws IOException {
        write("README.md", "# About these files\n\nNot an article.");
        write("SOURCES.md", "# Sources of the files\n\nNot an article.");
        write("a.txt", TEXT);
        assertEquals(List.of("a"), run(dir.toString()).articles().stream().map(ArticleResult::id).toList());
    }

    @Test
    void duplicateIdsAreMadeUnique() throws IOException {
        write("x/a.txt", TEXT);
        write("y/a.txt", TEXT);
        assertEquals(List.of("a", "a-2"), run(dir.toString()).articles().stream().map(ArticleResult::id).toList());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void anHtmlPageThatDeclaresAnUnknownCharsetIsAnError() throws IOException {
        write("x.html", "<html><head><meta charset=\"x-no-such-charset\"><title>T</title></head><body>"
                + "<p>The ministers talked for an hour on Wednesday.</p></body></html>");
        write("y.html", new byte[]{'<', 'm', 'e', 't', 'a', ' ', 'h', 't', 't', 'p', '-', 'e', 'q', 'u', 'i', 'v', '=',
                'C', 'o', 'n', 't', 'e', 'n', 't', '-', 'T', 'y', 'p', 'e', ' ', 'c', 'o', 'n', 't', 'e', 'n', 't', '=',
                '"', 't', 'e', 'x', 't', '/', 'h', 't', 'm', 'l', ';', ' ', 'c', 'h', 'a', 'r', 's', 'e', 't', '=', 'k',
                'l', 'i', 'n', 'g', 'o', 'n', '"', '>', '<', 'p', '>', 'B', (byte) 0xE9, 'b', 'e', '<', '/', 'p', '>'});
        write("z.html", "<html><head><meta charset=\"utf8\"></head><body><p>The ministers talked.</p></body></html>");
        Analysis a = run(dir.toString());
        assertEquals(List.of("z"), a.articles().stream().map(ArticleResult::id).toList());
        assertEquals(2, a.errors().size(), a.errors().toString());
        assertTrue(a.errors().get(0).line().endsWith("/x.html: the page declares charset \"x-no-such-charset\", which is "
                + "not a known charset (convert the page to UTF-8 and declare <meta charset=\"utf-8\">)"), a.errors().toString());
        assertTrue(a.errors().get(1).line().contains("/y.html: the page declares charset \"klingon\""), a.errors().toString());
    }

}
