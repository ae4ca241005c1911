package org.slant.dev.bench;

import org.slant.Slant;
import org.slant.compare.Analysis;
import org.slant.model.ArticleResult;
import org.slant.pipeline.Pipeline;
import org.slant.report.html.HtmlReport;
import org.slant.report.json.AnalysisJson;
import org.slant.dev.synth.SyntheticCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML page against the JSON file of the same analysis, same run: on the input articles, and on
 * synthetic sets of 1,000 and 4,000 articles, where the page is bounded (50 articles in full), so its
 * size and time should grow far slower than the set.
 */
final class ReportBench implements BenchSuite {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String description() {
        return "index.html rendering against analysis.json writing (baseline), on the inputs and on 1,000 and "
                + "4,000 synthetic articles; page size";
    }

    @Override
    public void run(BenchRun run) {
        var sources = BenchCorpus.load(run.args());
        Pipeline p = Slant.pipeline();
        List<ArticleResult> seeds = new ArrayList<>();
        sources.forEach(a -> seeds.add(p.analyze(a)));
        compare(run, "inputs", new Analysis("bench", seeds, null, List.of()).compared());
        SyntheticCorpus synth = new SyntheticCorpus(sources, 4, 1);
        int small = run.quick() ? 200 : 1_000;
        int large = small * 4;
        List<ArticleResult> all = new ArrayList<>(large);
        synth.generate(large, a -> all.add(p.analyze(a)));
        double s = compare(run, small + " articles", new Analysis("bench", all.subList(0, small), null, List.of()).compared());
        double l = compare(run, large + " articles", new Analysis("bench", all, null, List.of()).compared());
        run.value("page time growth (" + large + " / " + small + " articles)", l / s, "x");
    }

    /** Measures both, prints the ratio and the page size; returns the page's seconds. */
    private static double compare(BenchRun run, String what, Analysis a) {
        long bytes = a.articles().stream().mapToLong(r -> r.article().raw().length()).sum();
        int n = a.articles().size();
        Measurement json = run.measure("analysis.json, " + what, bytes, n, () -> json(a));
        Measurement html = run.measure("index.html, " + what, bytes, n, () -> HtmlReport.render(a, Slant.lexicons().standard()));
        run.ratio("index.html throughput / analysis.json, " + what, html, json);
        run.value("index.html size, " + what, HtmlReport.render(a, Slant.lexicons().standard()).getBytes(StandardCharsets.UTF_8).length / 1e6, "MB");
        return html.seconds();
    }

    private static byte[] json(Analysis a) {
        try {
            return AnalysisJson.bytes(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
