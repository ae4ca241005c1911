package org.slant.dev.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slant.model.Article;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes a synthetic corpus of any size from a few real articles (the seeds by default), for benchmarks
 * and scale tests. Each synthetic article copies one source article's blocks in order, then
 * <ul>
 *   <li>reorders: swaps neighbouring paragraphs now and then;</li>
 *   <li>trims: drops paragraphs, or the last sentence of a paragraph;</li>
 *   <li>rewords: replaces words from a small table (said/stated, defence/defense, Mr/Mr., attack/assault);</li>
 *   <li>mixes: inserts a paragraph from another source article, so outlets share passages as wire copy does;</li>
 * </ul>
 * and is credited to one of several synthetic outlets per source outlet ("Synthetic AFP 3"), so outlet
 * profiles have many articles each. The same seed gives the same corpus, byte for byte.
 */
public final class SyntheticCorpus {

    private static final String[][] REWORD = {
            {"said", "stated"}, {"told", "informed"}, {"defence", "defense"}, {"Mr ", "Mr. "}, {"attack", "assault"},
            {"talks", "conversation"}, {"warned", "cautioned"}, {"President", "president"}, {"minister", "official"},
            {"recent", "latest"}, {"rare", "unusual"}, {"deadly", "fatal"}, {"claimed", "asserted"},
            {"Nato", "NATO"}, {"however", "but"}};

    private final List<Article> sources;
    private final int outletsPerSource;
    private final long seed;

    public SyntheticCorpus(List<Article> sources, int outletsPerSource, long seed) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source articles");
        }
        this.sources = List.copyOf(sources);
        this.outletsPerSource = Math.max(1, outletsPerSource);
        this.seed = seed;
    }

    /** One synthetic article, a pure function of the corpus seed and its number. */
    public Article article(int n) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + n);
        int si = rnd.nextInt(sources.size());
        Article src = sources.get(si);
        List<String> paragraphs = paragraphs(src.raw());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i > 0 && rnd.nextDouble() < 0.12) {
                continue; // trimmed away
            }
            if (rnd.nextDouble() < 0.15) {
                p = dropLastSentence(p);
            }
            if (rnd.nextDouble() < 0.35) {
                p = reword(p, rnd);
            }
            out.add(p);
            if (rnd.nextDouble() < 0.06 && sources.size() > 1) {
                Article other = sources.get(rnd.nextInt(sources.size()));
                List<String> op = paragraphs(other.raw());
                out.add(op.get(rnd.nextInt(op.size()))); // wire copy from another outlet's article
            }
        }
        for (int i = 1; i + 1 < out.size(); i++) {
            if (rnd.nextDouble() < 0.08) {
                String t = out.get(i);
                out.set(i, out.get(i + 1));
                out.set(i + 1, t);
            }
        }
        String outlet = "Synthetic " + src.meta().outlet() + " " + (1 + rnd.nextInt(outletsPerSource));
        String id = String.format(java.util.Locale.ROOT, "synth-%07d", n);
        String date = String.format(java.util.Locale.ROOT, "2024-%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String text = String.join("\n\n", out);
        return new Article(id, id, "jsonl", src.meta().withOutlet(outlet, src.meta().outletKind(),
                org.slant.model.OutletSource.INPUT, List.of()), text, List.of());
    }

    /** Streams articles {@code 0..count-1} to the consumer. */
    public void generate(int count, Consumer<Article> sink) {
        for (int n = 0; n < count; n++) {
            sink.accept(article(n));
        }
    }

    /** Writes {@code count} articles to {@code file}, one JSONL line each. */
    public void writeJsonl(int count, java.nio.file.Path file) throws java.io.IOException {
        try (java.io.BufferedWriter w = java.nio.file.Files.newBufferedWriter(file,
                java.nio.charset.StandardCharsets.UTF_8)) {
            generate(count, a -> {
                try {
                    w.write(jsonl(a));
                    w.write('\n');
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** The JSONL line of an article: id, outlet, date, title, text. */
    public static String jsonl(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("outlet", a.meta().outlet());
        m.put("title", a.meta().title());
        m.put("text", a.raw());
        try {
            return JSON.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (Block b : BlockSplitter.split(raw)) {
            out.add(b.in(raw));
        }
        return out.isEmpty() ? List.of(raw.strip()) : out;
    }

    private static String dropLastSentence(String p) {
        int cut = Math.max(p.lastIndexOf(". ", p.length() - 3), -1);
        return cut > 20 ? p.substring(0, cut + 1) : p;
    }

    private static String reword(String p, SplittableRandom rnd) {
        String[] pair = REWORD[rnd.nextInt(REWORD.length)];
        return p.replace(pair[0], pair[1]);
    }
}
