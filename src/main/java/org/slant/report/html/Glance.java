package org.slant.report.html;

import org.slant.compare.Evidence;
import org.slant.compare.Reuse;
import org.slant.text.English;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * "At a glance": a few sentences computed from the metrics that answer what a first-time reader asks —
 * who uses the most loaded words in their own voice, who quotes one side, who carries the most
 * boilerplate, what is shared wire copy — each with its number and a link to the evidence. They state
 * measurements, never verdicts.
 */
final class Glance {

    /** A statement: a lead ("Most boilerplate"), the sentence, and where its evidence is. */
    record Claim(String lead, String text, String href, String linkText) {
    }

    /** Below this many quoted words an outlet's split by actor is not reported as a proportion. */
    static final double MIN_QUOTED_WORDS = 20;

    private Glance() {
    }

    static List<Claim> of(Corpus c) {
        List<Claim> out = new ArrayList<>();
        if (c.rankable().isEmpty()) {
            // nothing to rank: articles whose outlet nobody knows are never compared as outlets
            out.add(new Claim("Outlets", "no article's outlet is known (from a manifest, the input, the page or its "
                    + "text), so no outlet is ranked; give the outlets in a manifest to compare them.", null, null));
            out.add(wire(c));
            return out;
        }
        out.add(rate(c, "Loaded words in its own voice", "loaded.narrator.per1k", "terminology",
                "loaded or emotive words from the lexicon"));
        out.add(rate(c, "Labels in its own voice", "label.narrator.per1k", "terminology",
                "labels or name-calling from the lexicon"));
        out.add(sides(c));
        out.add(share(c, "Anonymous sources", "attribution.anonymous_share", "attribution",
                "of its attributions are to unnamed sources", "none of the attributions is to an unnamed source."));
        out.add(share(c, "Distancing verbs", "attribution.distancing_share", "attribution",
                "of its attributions use a distancing verb (claimed, alleged, insisted)",
                "no attribution uses a distancing verb."));
        out.add(boilerplate(c));
        out.add(wire(c));
        return out;
    }

    /** An outlet and the value it is ranked by. */
    private interface Valued {
        String outlet();

        double value();
    }

    private record Ranked(String outlet, double value) implements Valued {
    }

    /** Outlets by a value, highest first (ties by name); outlets without a value are left out. */
    private static List<Ranked> rank(Corpus c, ToDoubleFunction<String> f) {
        List<Ranked> out = new ArrayList<>();
        for (String o : c.rankable()) {
            double v = f.applyAsDouble(o);
            if (!Double.isNaN(v)) {
                out.add(new Ranked(o, v));
            }
        }
        out.sort(Comparator.comparing((Ranked r) -> -r.value()).thenComparing(Ranked::outlet));
        return out;
    }

    /** The outlets tied at the top, "A and B". */
    private static String top(List<? extends Valued> ranked) {
        List<String> tied = new ArrayList<>();
        for (Valued r : ranked) {
            if (Fmt.num(r.value(), 6).equals(Fmt.num(ranked.get(0).value(), 6))) {
                tied.add(r.outlet());
            }
        }
        return English.and(tied);
    }

    private static Claim notMeasured(String lead, String extractor) {
        return new Claim(lead, "not measured in this run (the " + extractor + " extractor did not run).", null, null);
    }

    /** An outlet's pooled count and base (over all its articles), and their ratio. */
    private record Pooled(String outlet, double count, double base) implements Valued {
        @Override
        public double value() {
            return base > 0 ? count / base : 0;
        }
    }

    private static List<Pooled> pooled(Corpus c, ToDoubleFunction<org.slant.model.ArticleResult> count,
                                       ToDoubleFunction<org.slant.model.ArticleResult> base) {
        List<Pooled> out = new ArrayList<>();
        for (String o : c.rankable()) {
            double n = Metrics.outletSum(c, o, count);
            double b = Metrics.outletSum(c, o, base);
            if (!Double.isNaN(n) && !Double.isNaN(b)) {
                out.add(new Pooled(o, n, b));
            }
        }
        out.sort(Comparator.comparing((Pooled r) -> -r.value()).thenComparing(Pooled::outlet));
        return out;
    }

    /** "(2 outlets with fewer than 3 ... not ranked)", or "". */
    private static String unranked(int n, String rule) {
        return n == 0 ? "" : " (" + n + (n == 1 ? " outlet" : " outlets") + " with " + rule + " not ranked)";
    }

    /**
     * The outlet with the highest rate per 1,000 words in its own voice, pooled over its articles, among
     * outlets whose count and words can carry a ranking ({@link Evidence}); each figure with its count.
     */
    private static Claim rate(Corpus c, String lead, String metric, String extractor, String what) {
        String title = "Highest rate of " + lead.toLowerCase(java.util.Locale.ROOT);
        String countMetric = metric.substring(0, metric.length() - ".per1k".length()) + ".count";
        if (!Metrics.present(c.articles, metric) || !Metrics.present(c.articles, countMetric)) {
            return notMeasured(title, extractor);
        }
        List<Pooled> all = pooled(c, a -> a.metric(countMetric), a -> a.metric("content.words"));
        if (all.isEmpty() || all.stream().allMatch(r -> r.count() <= 0)) {
            return new Claim(title, "no outlet uses " + what + " in its own voice.", null, null);
        }
        List<Pooled> ranked = all.stream().filter(r -> Evidence.rateQualifies(r.count(), r.base())).toList();
        String rule = "fewer than " + Evidence.MIN_COUNT + " findings or " + Fmt.count(Evidence.MIN_WORDS) + " words";
        if (ranked.isEmpty()) {
            Pooled most = all.stream().max(Comparator.comparing(Pooled::count)
                    .thenComparing(Pooled::outlet, Comparator.reverseOrder())).orElseThrow();
            return new Claim(title, "too little evidence to rank outlets: none has " + Evidence.MIN_COUNT
                    + " or more in " + Fmt.count(Evidence.MIN_WORDS) + " or more words (the most: " + most.outlet()
                    + ", " + Fmt.count(most.count()) + " in " + Fmt.count(most.base()) + " words).",
                    href(c, most.outlet()), "see its highlighted text");
        }
        Pooled first = ranked.get(0);
        Pooled last = ranked.get(ranked.size() - 1);
        String text = top(ranked) + " (" + Fmt.per1k(first.value() * 1000) + " per 1,000 words: "
                + rate(first.count(), first.base()) + ")"
                + (last.value() < first.value() ? "; lowest of those ranked: " + last.outlet() + " ("
                + Fmt.per1k(last.value() * 1000) + ", " + Fmt.count(last.count()) + " in " + Fmt.count(last.base())
                + " words)" : "")
                + unranked(all.size() - ranked.size(), rule) + ".";
        return new Claim(title, text, href(c, first.outlet()), "see its highlighted text");
    }

    /** The outlet with the largest share of its attributions of one kind, among outlets with enough of them. */
    private static Claim share(Corpus c, String lead, String metric, String extractor, String what, String none) {
        String title = "Most " + lead.toLowerCase(java.util.Locale.ROOT);
        if (!Metrics.present(c.articles, metric) || !Metrics.present(c.articles, "attribution.count")) {
            return notMeasured(title, extractor);
        }
        List<Pooled> all = pooled(c, a -> Math.round(a.metric(metric) * a.metric("attribution.count")),
                a -> a.metric("attribution.count"));
        if (all.isEmpty() || all.stream().allMatch(r -> r.count() <= 0)) {
            return new Claim(title, none, null, null);
        }
        List<Pooled> ranked = all.stream().filter(r -> Evidence.shareQualifies(r.count(), r.base())).toList();
        if (ranked.isEmpty()) {
            Pooled most = all.stream().max(Comparator.comparing(Pooled::count)
                    .thenComparing(Pooled::outlet, Comparator.reverseOrder())).orElseThrow();
            return new Claim(title, "too little evidence to rank outlets: none has " + Evidence.MIN_COUNT
                    + " or more such attributions among " + Evidence.MIN_BASE + " or more (the most: " + most.outlet()
                    + ", " + Fmt.count(most.count()) + " of " + Fmt.count(most.base()) + ").",
                    href(c, most.outlet()), "see its sources");
        }
        Pooled first = ranked.get(0);
        String rule = "fewer than " + Evidence.MIN_COUNT + " such attributions or " + Evidence.MIN_BASE + " in all";
        return new Claim(title, top(ranked) + ": " + Fmt.pct(first.value()) + " " + what + " ("
                + share(first.count(), first.base(), "attributions") + ")"
                + unranked(all.size() - ranked.size(), rule) + ".", href(c, first.outlet()), "see its sources");
    }

    /** Whose words each outlet quotes: the outlet that gives the largest share to a single actor. */
    private static Claim sides(Corpus c) {
        String lead = "Most one-sided quoting";
        List<String> metrics = SideShares.sideMetrics(c);
        if (metrics.isEmpty()) {
            return Metrics.present(c.articles, "attribution.count")
                    ? new Claim(lead, "no quoted or reported words could be tied to an identified side.", null, null)
                    : notMeasured(lead, "attribution");
        }
        // shares are of all attributed words, the words of speakers Slant could not place included (the
        // unknown part is stated, never dropped); an outlet needs MIN_QUOTED_WORDS from identified speakers
        String best = null;
        String bestActor = null;
        double bestShare = -1;
        double bestWords = 0;
        double bestAll = 0;
        double bestUnknown = 0;
        for (String o : c.rankable()) {
            SideShares.Voices v = SideShares.of(c, o, metrics);
            if (v.identified() < MIN_QUOTED_WORDS) {
                continue;
            }
            Map<String, Double> words = v.words();
            double unknown = v.unknown();
            double all = v.all();
            Map.Entry<String, Double> top = words.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow();
            double share = top.getValue() / all;
            if (share > bestShare + 1e-12) {
                best = o;
                bestActor = c.actors.label(top.getKey());
                bestShare = share;
                bestWords = top.getValue();
                bestAll = all;
                bestUnknown = unknown;
            }
        }
        if (best == null) {
            return new Claim(lead, "no outlet quotes or reports " + Fmt.count(MIN_QUOTED_WORDS)
                    + " or more words from identified speakers.", null, null);
        }
        // the share and its unknown part, both of all attributed words: "N% of attributed words, M% unknown"
        String text = best + " gives one side, " + bestActor + ", " + Fmt.pct(bestShare) + " of attributed words, "
                + Fmt.pct(bestUnknown / bestAll) + " unknown (" + Fmt.count(bestWords) + " of " + Fmt.count(bestAll)
                + " words it quotes or reports; unknown: speakers Slant could not place).";
        return new Claim(lead, text, "#quoted-words", "see who each outlet quotes");
    }

    private static Claim boilerplate(Corpus c) {
        String lead = "Most boilerplate";
        String metric = "contamination.ratio";
        if (!Metrics.present(c.articles, metric)) {
            return notMeasured(lead, "boilerplate");
        }
        List<Ranked> r = rank(c, o -> Metrics.outletMean(c, o, a -> a.metric(metric)));
        if (r.get(0).value() <= 0) {
            return new Claim(lead, "no outlet's text carries boilerplate blocks.", null, null);
        }
        String o = r.get(0).outlet();
        // its largest category by characters
        Map<String, Double> chars = new TreeMap<>();
        for (String m : Metrics.names(c.articles, m -> m.startsWith("contamination.") && m.endsWith(".chars"))) {
            double v = Metrics.outletSum(c, o, a -> a.metric(m));
            if (!Double.isNaN(v) && v > 0) {
                chars.put(m.substring("contamination.".length(), m.length() - ".chars".length()), v);
            }
        }
        String biggest = chars.entrySet().stream().max(Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
        String text = top(r) + ": " + Fmt.pct(r.get(0).value()) + " of its text is not the article"
                + (biggest == null ? "" : ", mostly " + Vocabulary.category("boilerplate." + biggest).toLowerCase(java.util.Locale.ROOT))
                + ".";
        return new Claim(lead, text, href(c, o), "see its greyed-out blocks");
    }

    private static Claim wire(Corpus c) {
        String lead = "Shared wire copy";
        if (c.analysis.comparison() == null || c.analysis.comparison().reuse() == null) {
            return new Claim(lead, "not measured (the set was not compared).", null, null);
        }
        Reuse.Result reuse = c.analysis.comparison().reuse();
        if (reuse.passages().isEmpty()) {
            return new Claim(lead, "no passage appears in more than one article.", null, null);
        }
        // the pair of articles sharing the most sentences
        Map<String, Integer> pairs = new TreeMap<>();
        for (Reuse.Passage p : reuse.passages()) {
            pairs.merge(p.a() + "\n" + p.b(), p.pairs().size(), Integer::sum);
        }
        Map.Entry<String, Integer> most = pairs.entrySet().stream().max(Comparator.comparing(
                (Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow();
        String[] ab = most.getKey().split("\n", 2);
        Reuse.ArticleReuse top = reuse.articles().stream().max(Comparator.comparing(Reuse.ArticleReuse::sharedShare)
                .thenComparing(Reuse.ArticleReuse::id, Comparator.reverseOrder())).orElseThrow();
        String text = reuse.passages().size() + " passage" + (reuse.passages().size() == 1 ? "" : "s")
                + " appear in more than one article; " + c.label(ab[0]) + " and " + c.label(ab[1]) + " share the most ("
                + most.getValue() + " sentence" + (most.getValue() == 1 ? "" : "s") + "). " + c.label(top.id())
                + " has the highest share of text also found elsewhere (" + Fmt.pct(top.sharedShare()) + " of its words).";
        return new Claim(lead, text, "#side-by-side", "compare them side by side");
    }

    /** "7 in 1,629 words; 95% interval 1.7–8.9 per 1,000". */
    static String rate(double count, double words) {
        double[] ci = Evidence.poisson(count);
        return Fmt.count(count) + " in " + Fmt.count(words) + " words; 95% interval "
                + Fmt.per1k(ci[0] * 1000 / words) + "\u2013" + Fmt.per1k(ci[1] * 1000 / words) + " per 1,000";
    }

    /** "8 of 50 attributions; 95% interval 8%–29%". */
    static String share(double count, double base, String unit) {
        double[] ci = Evidence.wilson(count, base);
        return Fmt.count(count) + " of " + Fmt.count(base) + " " + unit + "; 95% interval " + Fmt.pct(ci[0])
                + "\u2013" + Fmt.pct(ci[1]);
    }

    /** A link to the outlet's first article shown in full, or none. */
    private static String href(Corpus c, String outlet) {
        for (int i : c.byOutlet.get(outlet)) {
            if (c.shownInFull(i)) {
                return "#" + Corpus.anchor(i);
            }
        }
        return null;
    }
}
