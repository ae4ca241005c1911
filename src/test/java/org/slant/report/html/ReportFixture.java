package org.slant.report.html;

import org.slant.Slant;
import org.slant.compare.Analysis;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.OutletSource;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small made-up analysis with findings of every family (boilerplate, terminology, attribution) in the
 * shapes their issues promise, built by hand, because those extractors are developed on other branches.
 * The texts are invented for this test. The clean content, reuse and coverage come from the real
 * pipeline and comparison; the metrics are derived from the hand-made findings the way the extractors
 * define them, so the page's sentences can be checked against them.
 */
final class ReportFixture {

    static final String LEDGER_1 = """
            Ministers clash over grain corridor talks

            Subscribe to the Daily Ledger for just £1 a week.

            The foreign minister warned on Monday that the grain corridor talks in Kyiv were at risk, as officials traded accusations over the inspections.

            "This is a shameful provocation," said Foreign Minister Anna Berg, adding that the regime in the north had broken its word.

            The talks, held in Kyiv since the invasion began, reportedly stalled over the inspection of cargo ships in the southern ports.

            A senior official told the Daily Ledger that a deal was unlikely this week.

            Critics called the plan a "peace initiative" in name only.

            Photo: Ministers arrive for the talks
            """;

    static final String WIRE = """
            The foreign minister warned on Monday that the grain corridor talks in Kyiv were at risk, as officials traded accusations over the inspections.

            The talks, held in Kyiv since the invasion began, stalled over the inspection of cargo ships in the southern ports, according to two diplomats.

            "We remain committed to the corridor," a spokesman for the northern government told the Wire Service.
            """;

    static final String CHANNEL = """
            Kiev talks collapse as West sabotages corridor

            The so-called negotiations in Kiev collapsed on Monday after a huge row provoked by Western mercenaries, the defence ministry claimed.

            "The special military operation will continue until its goals are met," defence spokesman Ivan Petrov said.

            "Western capitals have chosen escalation over dialogue, and they alone will bear the responsibility for what follows," the spokesman added.

            Share this article on social media!

            КАЗИНО онлайн бонус — играть сейчас
            """;

    static final String LEDGER_2 = """
            Corridor deal in doubt

            Officials in Kyiv said on Tuesday that the corridor deal was in doubt after invasion forces shelled the port.

            "It is an outrageous attack," said Anna Berg.

            Subscribe to the Daily Ledger for just £1 a week.

            Subscribe to the Daily Ledger for just £1 a week.
            """;

    private ReportFixture() {
    }

    static Analysis analysis() {
        List<ArticleResult> rs = new ArrayList<>();
        rs.add(ledger1());
        rs.add(wire());
        rs.add(channel());
        rs.add(ledger2());
        return new Analysis("0.0.0-test", rs, null, List.of()).compared();
    }

    private static ArticleResult ledger1() {
        B b = new B("ledger-1", "Daily Ledger", "national newspaper", "2024-05-06",
                "Ministers clash over grain corridor talks", "https://ledger.example/world/corridor?id=1&ref=a", LEDGER_1);
        b.boiler("Subscribe to the Daily Ledger", "promo", "promo.subscribe");
        b.boiler("Photo: Ministers arrive", "caption", "caption.photo_line");
        b.term("shameful", 1, "loaded", Voice.QUOTED, "loaded.shameful", "Anna Berg");
        b.term("regime", 1, "label", Voice.REPORTED, "label.regime", null);
        b.term("reportedly", 1, "hedge", Voice.NARRATOR, "hedge.reportedly", null);
        b.naming("Kyiv", 1, Voice.NARRATOR, "naming.kyiv",
                "kyiv_kiev", "Kyiv", "Ukrainian-based transliteration");
        b.naming("invasion", 1, Voice.NARRATOR, "naming.invasion",
                "war_name", "invasion", "most English-language style guides");
        b.term("peace initiative", 1, "scare_quote", Voice.NARRATOR, "scare_quote.short", null);
        b.attribution("named", "Foreign Minister Anna Berg", "said", "This is a shameful provocation,", "Anna Berg",
                "Northland", "neutral", true);
        b.attribution("anonymous", "A senior official", "told", "that a deal was unlikely this week", null,
                "unknown", "neutral", false);
        return b.build();
    }

    private static ArticleResult wire() {
        B b = new B("wire-1", "Wire Service", "news agency", "2024-05-06", null, null, WIRE);
        b.naming("Kyiv", 1, Voice.NARRATOR, "naming.kyiv",
                "kyiv_kiev", "Kyiv", "Ukrainian-based transliteration");
        b.naming("invasion", 1, Voice.NARRATOR, "naming.invasion",
                "war_name", "invasion", "most English-language style guides");
        b.attribution("anonymous", "two diplomats", "according to", "The talks, held in Kyiv", null, "unknown",
                "neutral", false);
        b.attribution("institution", "a spokesman for the northern government", "told",
                "We remain committed to the corridor,", "northern government", "Southland", "neutral", true);
        return b.build();
    }

    private static ArticleResult channel() {
        B b = new B("channel-1", "Channel Nine", "state broadcaster", "2024-05-07",
                "Kiev talks collapse as West sabotages corridor", "javascript:alert(1)", CHANNEL);
        b.boiler("Share this article", "share", "share.social");
        b.boiler("КАЗИНО", "spam", "spam.script_mix");
        b.naming("Kiev", 1, Voice.NARRATOR, "naming.kiev",
                "kyiv_kiev", "Kiev", "Russian-based transliteration");
        b.naming("Kiev", 2, Voice.NARRATOR, "naming.kiev",
                "kyiv_kiev", "Kiev", "Russian-based transliteration");
        b.term("sabotages", 1, "loaded", Voice.NARRATOR, "loaded.sabotage", null);
        b.term("so-called", 1, "hedge", Voice.NARRATOR, "hedge.so_called", null);
        b.term("huge", 1, "intensifier", Voice.NARRATOR, "intensifier.huge", null);
        b.term("mercenaries", 1, "label", Voice.NARRATOR, "label.mercenaries", null);
        b.naming("special military operation", 1, Voice.QUOTED, "naming.smo",
                "war_name", "special military operation", "Russian official usage");
        b.attribution("institution", "the defence ministry", "claimed", "The so-called negotiations in Kiev collapsed",
                "defence ministry", "Eastland", "distancing", false);
        b.attribution("named", "defence spokesman Ivan Petrov", "said",
                "The special military operation will continue until its goals are met,", "Ivan Petrov", "Eastland",
                "neutral", true);
        b.attribution("named", "the spokesman", "added", "Western capitals have chosen escalation over dialogue, and "
                + "they alone will bear the responsibility for what follows,", "Ivan Petrov", "Eastland", "neutral", true);
        return b.build();
    }

    private static ArticleResult ledger2() {
        B b = new B("ledger-2", "Daily Ledger", "national newspaper", "2024-05-07", "Corridor deal in doubt", null, LEDGER_2);
        b.boiler("Subscribe to the Daily Ledger", "promo", "promo.subscribe");
        b.boiler2("Subscribe to the Daily Ledger", 2, "duplicate", "duplicate.block");
        b.term("outrageous", 1, "loaded", Voice.QUOTED, "loaded.outrageous", "Anna Berg");
        b.naming("Kyiv", 1, Voice.NARRATOR, "naming.kyiv",
                "kyiv_kiev", "Kyiv", "Ukrainian-based transliteration");
        b.naming("invasion", 1, Voice.NARRATOR, "naming.invasion",
                "war_name", "invasion", "most English-language style guides");
        b.attribution("named", "Anna Berg", "said", "It is an outrageous attack,", "Anna Berg", "Northland",
                "neutral", true);
        return b.build();
    }

    /** Builds one article's result: the real pipeline's content, plus hand-made findings and their metrics. */
    private static final class B {
        final Article article;
        final String raw;
        final List<Finding> findings = new ArrayList<>();

        B(String id, String outlet, String kind, String date, String title, String url, String raw) {
            this.raw = raw;
            this.article = new Article(id, id + ".txt", "txt", new ArticleMeta(outlet, kind, OutletSource.MANIFEST,
                    List.of(), null, url, date, title), raw, List.of());
        }

        int at(String s, int nth) {
            int p = -1;
            for (int i = 0; i < nth; i++) {
                p = raw.indexOf(s, p + 1);
                if (p < 0) {
                    throw new IllegalArgumentException("no " + nth + ". '" + s + "' in the fixture");
                }
            }
            return p;
        }

        /** The occurrence of the text nearest to a position. */
        int nearest(String s, int near) {
            int best = -1;
            for (int p = raw.indexOf(s); p >= 0; p = raw.indexOf(s, p + 1)) {
                if (best < 0 || Math.abs(p - near) < Math.abs(best - near)) {
                    best = p;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("no '" + s + "' in the fixture");
            }
            return best;
        }

        /** The whole block (line) that holds the text. */
        void boiler(String text, String category, String rule) {
            boiler2(text, 1, category, rule);
        }

        void boiler2(String text, int nth, String category, String rule) {
            int s = at(text, nth);
            int e = raw.indexOf('\n', s);
            findings.add(Finding.of(raw, "boilerplate", category, s, e < 0 ? raw.length() : e, Voice.NONE, rule, 1,
                    new Attrs.Boilerplate(blockAt(s), List.of(rule, "position"))));
        }

        /** The index of the block that holds the offset. */
        private int blockAt(int offset) {
            List<org.slant.text.Block> blocks = org.slant.text.BlockSplitter.split(raw);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).end() > offset) {
                    return i;
                }
            }
            return blocks.size() - 1;
        }

        /** A term with a made-up rationale; {@code speaker} (or null) is whose words it is. */
        void term(String text, int nth, String category, Voice voice, String rule, String speaker) {
            int s = at(text, nth);
            String rationale = "Made-up rationale for " + rule + ".";
            TermAttrs.Who who = new TermAttrs.Who(speaker, null, null);
            TermAttrs attrs = category.equals("scare_quote") ? new TermAttrs.ScareQuote(rationale, text, who)
                    : new TermAttrs.Entry(rationale, who);
            findings.add(Finding.of(raw, "terminology", category, s, s + text.length(), voice, rule, 2, attrs));
        }

        void naming(String text, int nth, Voice voice, String rule, String set, String variant, String convention) {
            int s = at(text, nth);
            findings.add(Finding.of(raw, "terminology", "contested_naming", s, s + text.length(), voice, rule, 2,
                    new TermAttrs.Naming("Made-up rationale for " + rule + ".", set, variant, convention,
                            TermAttrs.Who.NONE)));
        }

        void attribution(String type, String source, String cue, String content, String speaker, String side,
                         String stance, boolean direct) {
            int ss = at(source, 1);
            int cs = nearest(cue, ss);
            int ts = at(content, 1);
            Attrs.Attribution attrs = new Attrs.Attribution(span(ss, source), span(cs, cue), span(ts, content),
                    List.of(), speaker, null, side, stance, direct, null, null, false, null);
            int start = Math.min(ss, Math.min(cs, ts));
            int end = Math.max(ss + source.length(), Math.max(cs + cue.length(), ts + content.length()));
            findings.add(Finding.of(raw, "attribution", type, start, end, direct ? Voice.QUOTED : Voice.REPORTED,
                    "cue." + cue.replace(' ', '_'), 1, attrs));
        }

        private Attrs.Span span(int start, String text) {
            return new Attrs.Span(start, start + text.length(), text);
        }

        ArticleResult build() {
            ArticleResult base = Slant.pipeline().analyze(article);
            int words = Math.max(1, base.words());
            Map<String, Double> m = new TreeMap<>(base.metrics());
            double boilerChars = 0;
            Map<String, Double> voiceWords = new TreeMap<>();
            int attributions = 0;
            int anonymous = 0;
            int named = 0;
            int distancing = 0;
            for (Finding f : findings) {
                switch (f.extractor()) {
                    case "boilerplate" -> {
                        boilerChars += f.end() - f.start();
                        m.merge("contamination." + f.category() + ".chars", (double) (f.end() - f.start()), Double::sum);
                        if (f.category().equals("spam")) {
                            m.merge("contamination.spam.blocks", 1.0, Double::sum);
                        }
                    }
                    case "terminology" -> m.merge(f.category() + "." + f.voice().id() + ".count", 1.0, Double::sum);
                    default -> {
                        attributions++;
                        anonymous += f.category().equals("anonymous") ? 1 : 0;
                        named += f.category().equals("named") ? 1 : 0;
                        Attrs.Attribution a = (Attrs.Attribution) f.attrs();
                        distancing += "distancing".equals(a.stance()) ? 1 : 0;
                        String content = a.content().text();
                        voiceWords.merge(a.affiliation(),
                                (double) content.trim().split("\\s+").length, Double::sum);
                    }
                }
            }
            for (String cat : List.of("loaded", "label", "hedge", "intensifier", "contested_naming", "scare_quote")) {
                for (String v : List.of("narrator", "quoted", "reported")) {
                    double n = m.getOrDefault(cat + "." + v + ".count", 0.0);
                    m.put(cat + "." + v + ".count", n);
                    m.put(cat + "." + v + ".per1k", round(n * 1000 / words));
                }
            }
            m.put("contamination.ratio", round(boilerChars / raw.length()));
            m.putIfAbsent("contamination.spam.blocks", 0.0);
            m.put("attribution.count", (double) attributions);
            m.put("attribution.anonymous_share", round(attributions == 0 ? 0 : (double) anonymous / attributions));
            m.put("attribution.named_share", round(attributions == 0 ? 0 : (double) named / attributions));
            m.put("attribution.distancing_share", round(attributions == 0 ? 0 : (double) distancing / attributions));
            voiceWords.forEach((actor, w) -> m.put("voice." + actor + ".words", w));
            return new ArticleResult(article, base.words(), new TreeMap<>(m), findings, base.notes(), base.content());
        }

        private static double round(double v) {
            return Math.round(v * 1e6) / 1e6;
        }
    }
}
