package org.slant.dev.eval.terminology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Propaganda Techniques Corpus training articles (SemEval-2020 Task 11) with their
 * {@code Loaded_Language} and {@code Name_Calling,Labeling} spans, and the project's split of them by the
 * last digit of the article id, written down once here for the trainer and the evaluation alike:
 * 0-5 train (the model learns from them), 6-7 tune (the trainer chooses the thresholds and the penalty on
 * them with a fit on 0-5, then fits once more on 0-7 with those choices), 8-9 report (never trained or tuned
 * on; the figures the README quotes).
 */
public final class PtcCorpus {

    public static final String LOADED_LANGUAGE = "Loaded_Language";
    public static final String NAME_CALLING = "Name_Calling,Labeling";

    /** The three parts of the corpus. */
    public enum Split {
        TRAIN("train", "012345"), TUNE("tune", "67"), REPORT("report", "89");

        private final String id;
        private final String lastDigits;

        Split(String id, String lastDigits) {
            this.id = id;
            this.lastDigits = lastDigits;
        }

        public String id() {
            return id;
        }

        /** e.g. {@code tune (article ids ending 6-7)}. */
        public String describe() {
            return id + " (article ids ending " + lastDigits.charAt(0) + "-" + lastDigits.charAt(lastDigits.length() - 1) + ")";
        }

        public static Split of(String articleId) {
            char last = articleId.charAt(articleId.length() - 1);
            for (Split s : values()) {
                if (s.lastDigits.indexOf(last) >= 0) {
                    return s;
                }
            }
            throw new IllegalArgumentException("article id '" + articleId + "' does not end in a digit");
        }
    }

    /** A gold span in code points of the raw file, as the corpus gives it; {@code label} for name calling. */
    public record Gold(int start, int end, boolean label) {
    }

    /** One article: its id, raw text, split and gold spans of the two techniques. */
    public record Doc(String id, Path file, String raw, Split split, List<Gold> gold) {

        public List<SpanScore.Span> goldSpans() {
            return gold.stream().map(g -> new SpanScore.Span(g.start(), g.end())).toList();
        }
    }

    private PtcCorpus() {
    }

    /** Whether {@code ptc} holds the articles and task-2 labels. */
    public static boolean present(Path ptc) {
        return Files.isDirectory(articles(ptc)) && Files.isDirectory(labels(ptc));
    }

    static Path articles(Path ptc) {
        return ptc.resolve("train-articles");
    }

    static Path labels(Path ptc) {
        return ptc.resolve("train-labels-task2-technique-classification");
    }

    /** Every article of the corpus, in id order (as file names sort), with its gold spans. */
    public static List<Doc> load(Path ptc) throws IOException {
        List<Doc> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(articles(ptc))) {
            files = s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt")).sorted().toList();
        }
        for (Path file : files) {
            String id = file.getFileName().toString().replaceAll("^article|\\.txt$", "");
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            out.add(new Doc(id, file, raw, Split.of(id), gold(labels(ptc).resolve("article" + id + ".task2-TC.labels"))));
        }
        return out;
    }

    /** The spans of the two techniques in a label file: lines {@code id<TAB>technique<TAB>start<TAB>end}. */
    static List<Gold> gold(Path labelFile) throws IOException {
        List<Gold> out = new ArrayList<>();
        if (!Files.exists(labelFile)) {
            return out;
        }
        for (String line : Files.readAllLines(labelFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 4 && (f[1].equals(LOADED_LANGUAGE) || f[1].equals(NAME_CALLING))) {
                out.add(new Gold(Integer.parseInt(f[2].trim()), Integer.parseInt(f[3].trim()), f[1].equals(NAME_CALLING)));
            }
        }
        return out;
    }
}
