package org.slant.report.html;

import org.slant.compare.Stories;

import java.util.ArrayList;
import java.util.List;

/**
 * The story index: shown when the articles tell more than one story, so that a reader sees which
 * articles were compared with which (reuse and coverage are found within a story only), and which
 * article stands alone.
 */
final class StoryIndex {

    /** An article of a story: its display label, and the anchor of its full text when the page shows it. */
    record Item(String sep, String label, String href) {
    }

    /** A story: its label, its size ("3 articles", "stands alone"), its articles, the link to its coverage. */
    record Entry(String id, String label, String size, List<Item> articles, String coverage) {
    }

    record View(List<Entry> stories, String note) {
        public boolean show() {
            return stories.size() > 1;
        }
    }

    private StoryIndex() {
    }

    static View of(Corpus c) {
        if (c.analysis.comparison() == null || c.analysis.comparison().stories().size() < 2) {
            return new View(List.of(), "");
        }
        List<Entry> out = new ArrayList<>();
        int alone = 0;
        for (Stories.Story s : c.analysis.comparison().stories()) {
            List<Item> items = new ArrayList<>();
            for (String id : s.articles()) {
                int i = c.indexOf(id);
                String href = c.shownInFull(i) ? "#" + Corpus.anchor(i) : "";
                items.add(new Item(items.isEmpty() ? "" : " · ", c.label(id), href));
            }
            alone += s.alone() ? 1 : 0;
            out.add(new Entry(s.id(), s.label(), s.alone() ? "stands alone"
                    : s.articles().size() + " articles", items, s.alone() ? "" : "#coverage-" + s.id()));
        }
        int n = out.size();
        return new View(out, "These " + c.size() + " articles tell " + n + " different stories, grouped by the words "
                + "of their own text (TF-IDF cosine similarity, average-linkage clustering cut at a distance of "
                + Stories.CUT + ")" + (alone == 0 ? "" : alone == 1 ? "; 1 article stands alone, with no other article "
                + "on its event" : "; " + alone + " articles stand alone, with no other article on their event")
                + ". Shared wire copy and coverage are compared only within a story.");
    }
}
