package org.slant.dev.train;

import org.slant.Slant;
import org.slant.extract.attribution.AttributionExtractor;
import org.slant.extract.attribution.CueKind;
import org.slant.extract.attribution.CueLexicon;
import org.slant.dev.eval.attribution.BratAttributions;
import org.slant.extract.attribution.model.ModelInput;
import org.slant.lexicon.Lexicons;
import org.slant.model.ArticleMeta;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;
import org.slant.text.Token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One PolNeAR article ready for training or scoring: its text through the same content stage as the
 * extractor, the model's input (with the rules' output), and the gold attributions both in raw offsets
 * (for the scorer) and as clean-token ranges (for the labels). A text annotated twice uses the annotation
 * file whose name sorts first, as {@code slant eval polnear} does.
 */
record PolnearArticle(String name, String raw, ModelInput input, List<BratAttributions.Gold> gold,
                      List<GoldTokens> goldTokens) {

    /** A gold attribution in clean tokens: cue {@code [cueFirst, cueEnd)}, and which tokens are its source. */
    record GoldTokens(int cueFirst, int cueEnd, boolean[] cue, boolean[] source) {
    }

    /** Reads every annotated article of a split ({@code <root>/text}, {@code <root>/attributions}), sorted by name. */
    static List<PolnearArticle> read(Path root) throws IOException {
        Lexicons lexicons = Slant.lexicons().standard();
        CueLexicon cues = lexicons.compile(new CueKind());
        AttributionExtractor rules = new AttributionExtractor(lexicons, AttributionExtractor.Engine.RULES);
        List<Path> texts;
        try (Stream<Path> s = Files.list(root.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<PolnearArticle> out = new ArrayList<>();
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = annotation(root.resolve("attributions"), name);
            if (ann == null) {
                continue;
            }
            String raw = Files.readString(text, StandardCharsets.UTF_8);
            Content content = Content.of(raw, BlockSplitter.split(raw));
            ModelInput in = new ModelInput(content, cues, rules.analyze(content, ArticleMeta.empty()).attributions());
            List<BratAttributions.Gold> gold = BratAttributions.parse(Files.readString(ann, StandardCharsets.UTF_8));
            out.add(new PolnearArticle(name, raw, in, gold, project(content, gold)));
        }
        return out;
    }

    /** Whether the article belongs to the held-out tuning part of train (its name hashes to 0 or 1 of 10). */
    boolean tuning() {
        return Math.floorMod(name.hashCode(), 10) < 2;
    }

    /** Clean tokens labelled in or out of any gold cue. */
    boolean[] cueLabels() {
        boolean[] y = new boolean[input.size()];
        for (GoldTokens g : goldTokens) {
            for (int i = 0; i < y.length; i++) {
                y[i] |= g.cue[i];
            }
        }
        return y;
    }

    private static List<GoldTokens> project(Content c, List<BratAttributions.Gold> gold) {
        List<Token> tokens = c.tokens();
        List<GoldTokens> out = new ArrayList<>();
        for (BratAttributions.Gold g : gold) {
            boolean[] cue = new boolean[tokens.size()];
            boolean[] src = new boolean[tokens.size()];
            int first = -1;
            int end = -1;
            for (int i = 0; i < tokens.size(); i++) {
                int rs = c.rawStart(tokens.get(i).start());
                int re = c.rawEnd(tokens.get(i).end());
                cue[i] = inside(rs, re, g.cue());
                src[i] = g.source() != null && inside(rs, re, g.source());
                if (cue[i]) {
                    first = first < 0 ? i : first;
                    end = i + 1;
                }
            }
            if (first >= 0) {
                out.add(new GoldTokens(first, end, cue, src));
            }
        }
        return out;
    }

    private static boolean inside(int start, int end, BratAttributions.Span s) {
        for (int[] f : s.fragments()) {
            if (start >= f[0] && end <= f[1]) {
                return true;
            }
        }
        return false;
    }

    private static Path annotation(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.endsWith(".ann") && f.startsWith(name + "_") && f.indexOf('_', name.length() + 1) < 0;
            }).sorted().findFirst().orElse(null);
        }
    }
}
