package org.slant.dev.bench;

import org.jsoup.Jsoup;
import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateExtractor;
import org.slant.extract.boilerplate.CleanText;
import org.slant.extract.boilerplate.HtmlPages;
import org.slant.model.Article;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The boilerplate extractor's speed on one thread: plain text against block splitting alone, and HTML pages
 * (parse, text and block hints, classification, clean text) against jsoup parsing alone, in the same run.
 * Arguments: text articles or folders (default: the seeds) and HTML pages or folders ({@code .html}, {@code .htm},
 * {@code .html.gz}; default: the project's labelled pages in {@code slant-dev/src/eval/boilerplate/pages}).
 */
public final class BoilerplateBench implements BenchSuite {

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public String description() {
        return "boilerplate classification on one thread: text vs block splitting, HTML vs jsoup parsing alone";
    }

    @Override
    public void run(BenchRun run) throws IOException {
        List<String> textPaths = new ArrayList<>();
        List<Path> htmlFiles = new ArrayList<>();
        for (String a : run.args()) {
            List<Path> html = htmlFiles(Path.of(a));
            if (html.isEmpty()) {
                textPaths.add(a);
            } else {
                htmlFiles.addAll(html);
            }
        }
        if (htmlFiles.isEmpty() && run.args().isEmpty()) {
            htmlFiles.addAll(htmlFiles(Path.of("slant-dev/src/eval/boilerplate/pages")));
        }
        BoilerplateExtractor extractor = new BoilerplateExtractor(Slant.lexicons().standard());
        if (!textPaths.isEmpty() || run.args().isEmpty()) {
            List<Article> corpus = BenchCorpus.load(textPaths);
            long bytes = BenchCorpus.bytes(corpus);
            run.line("plain text: " + corpus.size() + " articles, " + bytes + " bytes");
            Measurement base = run.measure("baseline: block splitting", bytes, corpus.size(), () -> {
                for (Article a : corpus) {
                    BlockSplitter.split(a.raw());
                }
            });
            Measurement full = run.measure("block splitting + boilerplate", bytes, corpus.size(), () -> {
                for (Article a : corpus) {
                    List<Block> blocks = BlockSplitter.split(a.raw());
                    extractor.classify(a, blocks);
                }
            });
            run.ratio("text: boilerplate / block splitting", full, base);
        }
        if (!htmlFiles.isEmpty()) {
            List<String> pages = new ArrayList<>();
            long bytes = 0;
            for (Path p : htmlFiles) {
                String html = read(p);
                pages.add(html);
                bytes += html.getBytes(StandardCharsets.UTF_8).length;
            }
            run.line("HTML: " + pages.size() + " pages, " + bytes + " bytes");
            Measurement base = run.measure("baseline: jsoup parsing", bytes, pages.size(), () -> {
                for (String h : pages) {
                    Jsoup.parse(h);
                }
            });
            Measurement full = run.measure("parse + text + boilerplate + clean text", bytes, pages.size(), () -> {
                for (int i = 0; i < pages.size(); i++) {
                    CleanText.of(HtmlPages.article("p" + i, pages.get(i)), extractor);
                }
            });
            run.ratio("html: extraction / jsoup parsing", full, base);
            run.value("html pages per second (one thread)", full.itemsPerSecond(), "pages/s");
        }
    }

    private static List<Path> htmlFiles(Path p) throws IOException {
        if (Files.isRegularFile(p)) {
            return isHtml(p) ? List.of(p) : List.of();
        }
        if (!Files.isDirectory(p)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(BoilerplateBench::isHtml).sorted().toList();
        }
    }

    private static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz");
    }

    private static String read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            InputStream s = p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
