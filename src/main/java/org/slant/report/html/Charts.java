package org.slant.report.html;

import org.slant.compare.Framing;
import org.slant.model.ArticleResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The Charts section: per-outlet bars for each family of features, the similarity heat maps, the framing
 * map and the quoted words by actor. A family no extractor measured in this run says so instead of
 * drawing empty charts.
 */
final class Charts {

    static final int OUTLET_LIMIT = 25;
    static final int CHARTS_PER_FAMILY = 12;
    static final int HEAT_LIMIT = 40;
    static final int ACTOR_COLOURS = 7;

    record Family(String title, String intro, boolean measured, String absent, List<SvgBars.Chart> charts) {
    }

    record View(List<Family> families, String outletsNote, SvgHeat.Heat termHeat, SvgHeat.Heat featureHeat,
                String heatNote, SvgMap.MapChart map, String mapNote, SvgStack.Stack actors, String actorsNote,
                List<String> actorShares, List<SvgStack.Stack> naming) {

        public boolean hasNaming() {
            return !naming.isEmpty();
        }
    }

    private static final Pattern TERM_RATE = Pattern.compile("[a-z_]+\\.(narrator|quoted|reported)\\.per1k");
    private static final List<String> NOT_TERMS = List.of("attribution", "quote", "voice", "reuse", "content",
            "text", "contamination", "naming", "claims");

    private Charts() {
    }

    static View of(Corpus c) {
        List<String> outlets = chartOutlets(c);
        String outletsNote = outlets.size() < c.byOutlet.size()
                ? "Charts show the " + outlets.size() + " outlets with the most articles, of " + c.byOutlet.size() + "."
                : "";
        List<Family> families = List.of(
                family(c, outlets, "Boilerplate and spam", "How much of each outlet's text is not the article.",
                        "Not measured in this run: no boilerplate metrics (the boilerplate extractor did not run).",
                        m -> m.equals("contamination.ratio") || m.equals("contamination.spam.blocks")),
                family(c, outlets, "Loaded terminology", "Rates per 1,000 content words, by voice: the outlet's own "
                                + "words (narrator) or inside quotations (quoted).",
                        "Not measured in this run: no terminology metrics (the terminology extractor did not run).",
                        Charts::isTermRate),
                family(c, outlets, "Attribution", "Shares of each outlet's attributions (quotations and reported speech).",
                        "Not measured in this run: no attribution metrics (the attribution extractor did not run).",
                        m -> m.startsWith("attribution.") && m.endsWith("share") || m.equals("quote.share")),
                family(c, outlets, "Shared text", "Share of the words in sentences another article also carries.",
                        "Not measured in this run: no reuse metrics.", m -> m.equals("reuse.shared_share")));
        Framing.Result framing = c.analysis.comparison() == null ? null : c.analysis.comparison().framing();
        Chosen chosen = placement(framing);
        Framing.Placement p = chosen == null ? null : chosen.p();
        boolean perArticle = chosen != null && chosen.articles();
        SvgHeat.Heat term = null;
        SvgHeat.Heat feature = null;
        SvgMap.MapChart map = null;
        String heatNote;
        String mapNote;
        if (p == null) {
            heatNote = "No similarity computed: " + (framing == null ? "the set was not compared."
                    : "too many items to draw (see similarity.csv).");
            mapNote = heatNote;
        } else {
            List<String> labels = p.items().stream().map(id -> perArticle ? c.label(id) : id).toList();
            term = SvgHeat.of("Shared vocabulary (cosine of TF-IDF word vectors)", labels, p.termSimilarity(), false);
            feature = SvgHeat.of("Similar measurements (cosine of standardised features)", labels,
                    p.featureSimilarity(), true);
            heatNote = "Features compared: " + (p.features().isEmpty() ? "none" : String.join(", ", p.features())) + ".";
            if (p.projection().isEmpty()) {
                mapNote = "No map: " + p.message() + ".";
            } else {
                Map<String, double[]> coords = new TreeMap<>();
                p.projection().forEach((id, xy) -> coords.put(perArticle ? c.label(id) : id, xy));
                map = SvgMap.of(coords);
                mapNote = "Each point is " + (perArticle ? "an article" : "an outlet") + ", placed so that "
                        + "distances on the page approximate the differences between their feature profiles "
                        + "(classical multidimensional scaling). The axes have no meaning of their own.";
            }
        }
        SvgStack.Stack actors = actors(c, outlets);
        String actorsNote = actors == null
                ? "Not measured in this run: no quoted words by actor (the attribution extractor did not run or "
                + "found no speaker)." : "";
        return new View(families, outletsNote, term, feature, heatNote, map, mapNote, actors, actorsNote,
                actors == null ? List.of() : SideShares.sentences(c, outlets), naming(c, outlets));
    }

    /**
     * A terminology rate. Contested naming is left out: its rate adds the variants of a set together (Kiev and
     * Kyiv), which says nothing; {@link #naming} charts each set's variants apart.
     */
    static boolean isTermRate(String m) {
        return TERM_RATE.matcher(m).matches() && !NOT_TERMS.contains(m.substring(0, m.indexOf('.')))
                && !m.startsWith("contested_naming.");
    }

    /** For each contested-naming set some outlet uses: its variants per outlet, as colour-keyed segments. */
    static List<SvgStack.Stack> naming(Corpus c, List<String> outlets) {
        Pattern count = Pattern.compile("naming\\.([a-z0-9_]+)\\.([a-z0-9_]+)\\.count");
        Map<String, List<String>> variants = new TreeMap<>();
        for (String m : Metrics.names(c.articles, x -> count.matcher(x).matches())) {
            java.util.regex.Matcher mm = count.matcher(m);
            mm.matches();
            double total = 0;
            for (String o : outlets) {
                double v = Metrics.outletSum(c, o, r -> r.metric(m));
                total += Double.isNaN(v) ? 0 : v;
            }
            if (total > 0) {
                variants.computeIfAbsent(mm.group(1), k -> new ArrayList<>()).add(mm.group(2));
            }
        }
        List<SvgStack.Stack> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> set : variants.entrySet()) {
            if (out.size() >= CHARTS_PER_FAMILY) {
                break;
            }
            List<String> names = new ArrayList<>();
            List<String> fills = new ArrayList<>();
            List<String> vs = set.getValue();
            for (int k = 0; k < vs.size(); k++) {
                names.add(Vocabulary.shortName(vs.get(k)));
                fills.add(Palette.OKABE_ITO.get(k % Palette.OKABE_ITO.size()));
            }
            List<SvgStack.Input> rows = new ArrayList<>();
            for (String o : outlets) {
                double[] w = new double[vs.size()];
                for (int k = 0; k < vs.size(); k++) {
                    String m = "naming." + set.getKey() + "." + vs.get(k) + ".count";
                    double v = Metrics.outletSum(c, o, r -> r.metric(m));
                    w[k] = Double.isNaN(v) ? 0 : v;
                }
                rows.add(new SvgStack.Input(o, w));
            }
            out.add(SvgStack.of(String.join(" / ", names), "uses", names, fills, rows));
        }
        return out;
    }

    /** Outlets for charts: all of them, or the ones with the most articles; in name order. */
    static List<String> chartOutlets(Corpus c) {
        List<String> all = new ArrayList<>(c.byOutlet.keySet());
        if (all.size() <= OUTLET_LIMIT) {
            return all;
        }
        all.sort(Comparator.comparing((String o) -> -c.byOutlet.get(o).size()).thenComparing(o -> o));
        return all.subList(0, OUTLET_LIMIT).stream().sorted().toList();
    }

    private static Family family(Corpus c, List<String> outlets, String title, String intro, String absent,
                                 Predicate<String> which) {
        List<String> metrics = new ArrayList<>(Metrics.names(c.articles, which));
        if (metrics.isEmpty()) {
            return new Family(title, intro, false, absent, List.of());
        }
        metrics.sort(Comparator.comparing(Charts::familyOrder).thenComparing(m -> m));
        List<SvgBars.Chart> charts = new ArrayList<>();
        int zero = 0;
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, Double> unitMax = new TreeMap<>();
        for (String m : metrics) {
            double[] v = new double[outlets.size()];
            for (int o = 0; o < outlets.size(); o++) {
                v[o] = Metrics.outletMean(c, outlets.get(o), r -> r.metric(m));
                if (!Double.isNaN(v[o])) {
                    unitMax.merge(unit(m), v[o], Math::max);
                }
            }
            values.put(m, v);
        }
        for (String m : metrics) {
            double[] v = values.get(m);
            boolean any = false;
            for (double x : v) {
                any |= !Double.isNaN(x) && x != 0;
            }
            if (!any && metrics.size() > 1) {
                zero++;
                continue; // a chart of zeros says nothing; the note counts them
            }
            if (charts.size() < CHARTS_PER_FAMILY) {
                charts.add(SvgBars.of(MetricGlossary.title(m), outlets, v, m, scale(m, unitMax.getOrDefault(unit(m), 0.0))));
            }
        }
        String note = intro + (zero > 0 ? " " + zero + " further measure" + (zero == 1 ? " is" : "s are")
                + " zero for every outlet." : "");
        return new Family(title, note, true, absent, charts);
    }

    /** What a metric's values are, for sharing a scale: shares and ratios, rates per 1,000 words, or its own. */
    static String unit(String metric) {
        if (metric.endsWith("share") || metric.endsWith(".ratio")) {
            return "share";
        }
        return metric.endsWith(".per1k") ? "per1k" : metric;
    }

    /**
     * One scale per unit within a family: shares from 0 to 100%, rates up to the family's largest rate, so
     * that bars of different charts can be compared by length.
     */
    static SvgBars.Scale scale(String metric, double familyMax) {
        return switch (unit(metric)) {
            case "share" -> new SvgBars.Scale(1.0, metric, "scale 0–100%, as every share here");
            case "per1k" -> new SvgBars.Scale(familyMax, metric, familyMax <= 0 ? "all zero"
                    : "one scale for every rate here: full bar = " + MetricGlossary.format(metric, familyMax)
                    + " per 1,000 words");
            default -> new SvgBars.Scale(familyMax, metric, familyMax <= 0 ? "all zero"
                    : "full bar = " + MetricGlossary.format(metric, familyMax));
        };
    }

    /** Terminology rates: own voice first, then categories in the legend's order. */
    private static int familyOrder(String m) {
        String[] parts = m.split("\\.");
        if (parts.length == 3 && m.endsWith(".per1k")) {
            int voice = List.of("narrator", "quoted", "reported").indexOf(parts[1]);
            int cat = Palette.TERMS.indexOf("terminology." + parts[0]);
            return voice * 100 + (cat < 0 ? 99 : cat);
        }
        return 0;
    }

    private record Chosen(Framing.Placement p, boolean articles) {
    }

    /** The placement to draw: articles when few enough, else outlets; null when neither fits. */
    private static Chosen placement(Framing.Result f) {
        if (f == null) {
            return null;
        }
        if (f.articles() != null && f.articles().items().size() >= 2 && f.articles().items().size() <= HEAT_LIMIT) {
            return new Chosen(f.articles(), true);
        }
        if (f.outlets() != null && f.outlets().items().size() >= 2 && f.outlets().items().size() <= HEAT_LIMIT) {
            return new Chosen(f.outlets(), false);
        }
        return null;
    }

    /** Quoted and reported words by actor, summed over each outlet's articles. */
    private static SvgStack.Stack actors(Corpus c, List<String> outlets) {
        List<String> metrics = new ArrayList<>(Metrics.names(c.articles,
                m -> m.startsWith("voice.") && m.endsWith(".words") && m.length() > 12));
        if (metrics.isEmpty()) {
            return null;
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        for (String m : metrics) {
            double t = 0;
            for (ArticleResult r : c.articles) {
                double v = r.metric(m);
                t += Double.isNaN(v) ? 0 : v;
            }
            totals.put(m, t);
        }
        // identified actors by total words; "unknown" last and grey; beyond the palette, "other"
        List<String> known = totals.keySet().stream().filter(m -> !actor(m).equals("unknown"))
                .sorted(Comparator.comparing((String m) -> -totals.get(m)).thenComparing(m -> m)).toList();
        List<String> names = new ArrayList<>();
        List<String> fills = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (int k = 0; k < known.size(); k++) {
            if (k < ACTOR_COLOURS) {
                names.add(c.actors.label(actor(known.get(k))));
                fills.add(Palette.OKABE_ITO.get(k));
                groups.add(new ArrayList<>(List.of(known.get(k))));
            } else {
                if (k == ACTOR_COLOURS) {
                    names.add("other actors");
                    fills.add("#888888");
                    groups.add(new ArrayList<>());
                }
                groups.get(ACTOR_COLOURS).add(known.get(k));
            }
        }
        if (totals.containsKey("voice.unknown.words")) {
            names.add("speaker not identified");
            fills.add(Palette.OTHER);
            groups.add(List.of("voice.unknown.words"));
        }
        List<SvgStack.Input> rows = new ArrayList<>();
        for (String o : outlets) {
            double[] w = new double[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                for (String m : groups.get(g)) {
                    double v = Metrics.outletSum(c, o, r -> r.metric(m));
                    w[g] += Double.isNaN(v) ? 0 : v;
                }
            }
            rows.add(new SvgStack.Input(o, w));
        }
        return SvgStack.of("Quoted and reported words by actor, per outlet", "words", names, fills, rows);
    }

    static String actor(String metric) {
        return metric.substring("voice.".length(), metric.length() - ".words".length());
    }
}
