package org.slant.dev.eval.boilerplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's labelled pages ({@code slant-dev/src/eval/boilerplate/pages}: {@code *.blocks} and {@code *.html}). */
public final class LabelledSet {

    public static final String DEFAULT_DIR = "slant-dev/src/eval/boilerplate/pages";

    private LabelledSet() {
    }

    public static List<LabelledPage> load(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".blocks") || p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<LabelledPage> pages = new ArrayList<>();
        for (Path f : files) {
            pages.add(LabelledPage.read(f));
        }
        return pages;
    }

    /** The sites, in file order. */
    public static List<String> sites(List<LabelledPage> pages) {
        List<String> out = new ArrayList<>();
        for (LabelledPage p : pages) {
            if (!out.contains(p.site())) {
                out.add(p.site());
            }
        }
        return out;
    }
}
