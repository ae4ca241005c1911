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
    /**
     * The story the exercises that compare articles work on: the one with most articles (the first of
     * equals); null when the articles were not compared. Those exercises never pair articles of two stories.
     */
    final org.slant.compare.Stories.Story story;
    /** The position of {@link #story} in {@code comparison.stories} (for JSON pointers into analysis.json). */
    final int storyIndex;
    /** The pages of {@link #story}, in input order (every page when the articles were not compared). */
    final List<Page> storyPages;

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
        this.story = mainStory(analysis);
        this.storyIndex = story == null ? -1 : analysis.comparison().stories().indexOf(story);
        this.storyPages = story == null ? pages
                : pages.stream().filter(p -> story.articles().contains(p.id())).toList();
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

    private static org.slant.compare.Stories.Story mainStory(Analysis analysis) {
        org.slant.compare.Stories.Story best = null;
        if (analysis.comparison() != null) {
            for (org.slant.compare.Stories.Story s : analysis.comparison().stories()) {
                if (best == null || s.articles().size() > best.articles().size()) {
                    best = s;
                }
            }
        }
        return best;
    }

    /** Why an exercise that compares articles has nothing to compare, or null when it has. */
    String noStory(String needs) {
        if (pages.size() < 2) {
            return "Only one article was analysed: " + needs;
        }
        return storyPages.size() < 2 ? "The articles are about different events (each stands alone as a story): "
                + needs : null;
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
