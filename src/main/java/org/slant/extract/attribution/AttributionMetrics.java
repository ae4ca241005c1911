package org.slant.extract.attribution;

import org.slant.model.Content;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-article attribution metrics. Shares are of all attributions (0 when there are none, so every
 * number stays finite). Words are content words: each word inside an attribution's content counts once,
 * for the innermost attribution that holds it (a reported quote inside a ministry's readout counts for the
 * quoted speaker, not for the ministry too).
 * <ul>
 *   <li>{@code attribution.count}; {@code attribution.<type>_share} for named, institution, anonymous,
 *       self, media, unresolved;</li>
 *   <li>{@code attribution.<stance>_share} for distancing, endorsing, emotive;</li>
 *   <li>{@code quote.share}: the share of the article's words inside attributed direct quotations;</li>
 *   <li>{@code voice.<actor>.words}: words quoted or reported from each actor (unknown included).</li>
 * </ul>
 */
final class AttributionMetrics {

    static final List<String> TYPES = SourceType.ids();
    static final List<String> STANCES = List.of("distancing", "endorsing", "emotive");

    private AttributionMetrics() {
    }

    static Map<String, Double> of(Content c, List<Attribution> found) {
        Map<String, Double> m = new TreeMap<>();
        int n = found.size();
        m.put("attribution.count", (double) n);
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Attribution a : found) {
            counts.merge(a.source().type(), 1, Integer::sum);
            counts.merge(a.cue().stance(), 1, Integer::sum);
        }
        for (String t : TYPES) {
            m.put("attribution." + t + "_share", share(counts.getOrDefault(t, 0), n));
        }
        for (String st : STANCES) {
            m.put("attribution." + st + "_share", share(counts.getOrDefault(st, 0), n));
        }
        // owner of each word: outer attributions first, inner ones overwrite
        List<Token> tokens = c.tokens();
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        boolean[] direct = new boolean[tokens.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> found.get(i).depth()));
        for (int i : order) {
            Attribution a = found.get(i);
            for (Attribution.Piece p : a.content()) {
                mark(tokens, p, owner, i);
            }
            for (Attribution.Piece q : a.quotes()) {
                markDirect(tokens, q, direct);
            }
        }
        int[] owned = new int[n];
        int words = 0;
        int quoted = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).countsAsWord()) {
                continue;
            }
            words++;
            if (direct[k]) {
                quoted++;
            }
            if (owner[k] >= 0) {
                owned[owner[k]]++;
            }
        }
        Map<String, Integer> voice = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (owned[i] > 0) {
                voice.merge(found.get(i).source().affiliation(), owned[i], Integer::sum);
            }
        }
        m.put("quote.share", share(quoted, words));
        voice.forEach((actor, w) -> m.put("voice." + actor + ".words", (double) w));
        return m;
    }

    private static void mark(List<Token> tokens, Attribution.Piece p, int[] owner, int value) {
        for (int k = Doc.tokenAt(tokens, p.start()); k < tokens.size() && tokens.get(k).start() < p.end(); k++) {
            owner[k] = value;
        }
    }

    private static void markDirect(List<Token> tokens, Attribution.Piece p, boolean[] direct) {
        for (int k = Doc.tokenAt(tokens, p.start()); k < tokens.size() && tokens.get(k).start() < p.end(); k++) {
            direct[k] = true;
        }
    }


    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1e6 * part / (double) whole) / 1e6;
    }
}
