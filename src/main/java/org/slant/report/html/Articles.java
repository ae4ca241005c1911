package org.slant.report.html;

import org.slant.compare.Reuse;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The articles shown in full, and the legend of their highlights. */
final class Articles {

    record View(String anchor, String label, String title, String outlet, String kind, String source, String via,
                String date, String url, String urlText, String id, String file, String words, String counts,
                String story, List<String> notes, List<ArticleText.BlockView> blocks, List<ArticleText.Note> evidence) {
        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }
    }

    record Key(String cls, String name, String count) {
    }

    record Legend(List<Key> terms, List<Key> sources, List<Key> boilerplate) {
        public boolean hasTerms() {
            return !terms.isEmpty();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }
    }

    record Section(List<View> articles, Legend legend, String note) {
    }

    private Articles() {
    }

    static Section of(Corpus c) {
        Map<String, Integer> terms = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, Integer> boiler = new TreeMap<>();
        for (int i : c.full) {
            for (Finding f : c.articles.get(i).findings()) {
                switch (f.extractor()) {
                    case "boilerplate" -> boiler.merge(f.kind(), 1, Integer::sum);
                    case "attribution" -> sources.merge(f.category(), 1, Integer::sum);
                    default -> terms.merge(f.kind(), 1, Integer::sum);
                }
            }
        }
        Palette palette = new Palette(terms.keySet());
        Map<String, List<ArticleText.Shared>> shared = shared(c);
        List<View> views = new ArrayList<>();
        for (int i : c.full) {
            views.add(view(c, i, palette, shared.getOrDefault(c.articles.get(i).id(), List.of())));
        }
        List<Key> termKeys = new ArrayList<>();
        terms.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> palette.term(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> termKeys.add(new Key(palette.term(e.getKey()), Vocabulary.category(e.getKey()),
                        Fmt.count(e.getValue()))));
        List<Key> sourceKeys = new ArrayList<>();
        sources.forEach((k, n) -> sourceKeys.add(new Key(Palette.source(k), Vocabulary.category("attribution." + k),
                Fmt.count(n))));
        sourceKeys.sort(java.util.Comparator.comparing(Key::cls).thenComparing(Key::name));
        List<Key> boilerKeys = new ArrayList<>();
        boiler.forEach((k, n) -> boilerKeys.add(new Key("bp", Vocabulary.category(k), Fmt.count(n))));
        String note = c.sampled() ? "Showing " + c.full.size() + " of the " + c.size() + (c.analysis.corpus().sampled() ? " sampled" : "")
                + " articles in full, chosen "
                + "by a fixed rule (round-robin over the outlets, each outlet's articles in the order of a hash of "
                + "their ids), so every outlet is represented and the same input gives the same page. "
                + "analysis.json and findings.csv hold every finding of every article." : "";
        return new Section(views, new Legend(termKeys, sourceKeys, boilerKeys), note);
    }

    private static View view(Corpus c, int i, Palette palette, List<ArticleText.Shared> shared) {
        ArticleResult r = c.articles.get(i);
        ArticleMeta m = r.article().meta();
        ArticleText.Text text = ArticleText.of(r, Integer.toString(i + 1), palette, shared, c.actors);
        Map<String, Integer> byExtractor = new TreeMap<>();
        r.findings().forEach(f -> byExtractor.merge(f.extractor(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        byExtractor.forEach((k, n) -> counts.add(n + " " + k));
        String url = SafeUrl.http(m.url());
        return new View(Corpus.anchor(i), c.label(i), m.title() == null ? "(no headline)" : m.title(), m.outlet(),
                m.outletKind() == null ? "" : m.outletKind(), org.slant.ingest.OutletHow.of(m), m.via() == null ? "" : m.via(),
                m.date() == null ? "" : m.date(), url, url == null && m.url() != null ? Clip.line(m.url()) : "",
                r.id(), r.article().file() == null ? "" : r.article().file(), Fmt.count(r.words()),
                counts.isEmpty() ? "no findings" : String.join(" · ", counts), story(c, r.id()), r.notes(), text.blocks(), text.notes());
    }

    /** Which story the article belongs to, when the page has several; empty when it has one. */
    private static String story(Corpus c, String id) {
        if (c.analysis.comparison() == null || c.analysis.comparison().stories().size() < 2) {
            return "";
        }
        org.slant.compare.Stories.Story s = c.analysis.comparison().storyOf(id);
        return s == null ? "" : s.alone() ? "stands alone: no other article here is on its event"
                : "story: " + s.label();
    }

    /** For each article, its sentences that another article shares, with the other article's label. */
    private static Map<String, List<ArticleText.Shared>> shared(Corpus c) {
        Map<String, List<ArticleText.Shared>> out = new HashMap<>();
        if (c.analysis.comparison() == null || c.analysis.comparison().reuse() == null) {
            return out;
        }
        for (Reuse.Passage p : c.analysis.comparison().reuse().passages()) {
            for (Reuse.SentencePair sp : p.pairs()) {
                out.computeIfAbsent(p.a(), k -> new ArrayList<>())
                        .add(new ArticleText.Shared(sp.a().start(), sp.a().end(), c.label(p.b())));
                out.computeIfAbsent(p.b(), k -> new ArrayList<>())
                        .add(new ArticleText.Shared(sp.b().start(), sp.b().end(), c.label(p.a())));
            }
        }
        return out;
    }
}
