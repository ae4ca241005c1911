package org.slant.exercise;

import org.slant.compare.Analysis;
import org.slant.extract.attribution.ActorLabels;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.ingest.OutletRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What every exercise kind works from: the analysis, one {@link Page} per article, the level, the lexicons
 * (for naming conventions and outlet names) and a random source per kind, derived from the seed alone so
 * that the same input and seed always pick the same material.
 */
final class Context {

    final Analysis analysis;
    final List<Page> pages;
    final Level level;
    final long seed;
    final TerminologyLexicon terms;
    final OutletRegistry outlets;
    /** Readers' names of the sides (actor ids), as the report names them. */
    final ActorLabels sides;

    Context(Analysis analysis, Level level, long seed, TerminologyLexicon terms, OutletRegistry outlets,
            ActorLabels sides) {
        this.analysis = analysis;
        this.level = level;
        this.seed = seed;
        this.terms = terms;
        this.outlets = outlets;
        this.sides = sides;
        List<Page> ps = new ArrayList<>();
        for (int i = 0; i < analysis.articles().size(); i++) {
            ps.add(new Page(i, analysis.articles().get(i)));
        }
        this.pages = List.copyOf(ps);
        java.util.Map<String, Integer> perOutlet = new java.util.HashMap<>();
        ps.forEach(p -> perOutlet.merge(p.outlet(), 1, Integer::sum));
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Page p : ps) {
            int k = seen.merge(p.outlet(), 1, Integer::sum);
            String title = p.result.article().meta().title();
            p.shownAs(perOutlet.get(p.outlet()) == 1 ? p.outlet() : title != null && !title.isBlank()
                    ? p.outlet() + ", \u201c" + org.slant.text.English.clip(title.strip(), 40) + "\u201d"
                    : p.outlet() + ", article " + k);
        }
    }

    /** A random source for one kind: its own stream, so adding a kind never changes another's choice. */
    SplittableRandom random(String kind) {
        long h = 1125899906842597L;
        for (int i = 0; i < kind.length(); i++) {
            h = 31 * h + kind.charAt(i);
        }
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ h);
    }

    Page page(String id) {
        for (Page p : pages) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** {@code k} items of the pool in a seeded random order (all of them when the pool is smaller). */
    static <T> List<T> sample(List<T> pool, int k, SplittableRandom r) {
        List<T> copy = new ArrayList<>(pool);
        int n = Math.min(k, copy.size());
        for (int i = 0; i < n; i++) {
            int j = i + r.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return List.copyOf(copy.subList(0, n));
    }
}
