package org.slant.dev.train;

import org.slant.extract.terminology.LoadedFeatures;
import org.slant.dev.eval.terminology.PtcArticle;
import org.slant.dev.eval.terminology.PtcCorpus;
import org.slant.dev.eval.terminology.SpanScore;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training rows: every word token of the training articles as the indices of its features (those seen
 * at least {@code minCount} times, numbered in name order, so the same corpus always gives the same
 * numbers) and its class: 0 loaded ({@code Loaded_Language} covers it), 1 label
 * ({@code Name_Calling,Labeling}), 2 neither. A token both cover takes the one that covers more of it.
 */
record TokenRows(List<String> names, int[][] x, int[] y) {

    static final int LOADED = 0;
    static final int LABEL = 1;
    static final int NEITHER = 2;

    static TokenRows of(List<PtcArticle> articles, int minCount) {
        Map<String, int[]> counts = new HashMap<>();
        for (PtcArticle a : articles) {
            LoadedFeatures f = new LoadedFeatures(a.content(), a.marks());
            for (int i = 0; i < a.content().tokens().size(); i++) {
                if (f.classifies(i)) {
                    f.features(i, (t, key) -> counts.computeIfAbsent(t.id() + "=" + key, k -> new int[1])[0]++);
                }
            }
        }
        Map<String, Integer> index = new TreeMap<>();
        counts.entrySet().stream().filter(e -> e.getValue()[0] >= minCount).map(Map.Entry::getKey).sorted()
                .forEach(name -> index.put(name, index.size()));
        List<int[]> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (PtcArticle a : articles) {
            LoadedFeatures f = new LoadedFeatures(a.content(), a.marks());
            List<Token> tokens = a.content().tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!f.classifies(i)) {
                    continue;
                }
                List<Integer> row = new ArrayList<>();
                f.features(i, (t, key) -> {
                    Integer j = index.get(t.id() + "=" + key);
                    if (j != null) {
                        row.add(j);
                    }
                });
                rows.add(row.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
                classes.add(classOf(a.raw(tokens.get(i).start(), tokens.get(i).end()), a.doc().gold()));
            }
        }
        return new TokenRows(List.copyOf(index.keySet()), rows.toArray(new int[0][]),
                classes.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int classOf(SpanScore.Span token, List<PtcCorpus.Gold> gold) {
        int loaded = 0;
        int label = 0;
        for (PtcCorpus.Gold g : gold) {
            int o = Math.max(0, Math.min(token.end(), g.end()) - Math.max(token.start(), g.start()));
            if (g.label()) {
                label = Math.max(label, o);
            } else {
                loaded = Math.max(loaded, o);
            }
        }
        return loaded == 0 && label == 0 ? NEITHER : label > loaded ? LABEL : LOADED;
    }

    int[] classCounts() {
        int[] n = new int[3];
        Arrays.stream(y).forEach(c -> n[c]++);
        return n;
    }
}
