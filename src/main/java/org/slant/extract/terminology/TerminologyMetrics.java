package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.model.Voice;
import org.slant.pipeline.SortedNames;
import org.slant.text.Sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The article's terminology metrics, every one emitted (zero when absent) so that every article has the
 * same columns:
 * <ul>
 *   <li>{@code <category>.<voice>.count} and {@code .per1k} (per 1,000 content words) for every finding
 *       category and the voices {@code narrator} and {@code quoted};</li>
 *   <li>{@code naming.<set>.<variant>.count}: how often the outlet, in its own voice, used each variant of
 *       each contested-naming set;</li>
 *   <li>{@code claims.unattributed} (only when attribution ran): sentences that carry a loaded word or a
 *       label in the narrator's voice and overlap no speech span (no cue, source or content).</li>
 * </ul>
 * The metric names are built once per lexicon, so an article costs one counter per finding and one map
 * entry per metric.
 */
final class TerminologyMetrics {

    static final List<Voice> VOICES = List.of(Voice.NARRATOR, Voice.QUOTED);

    private static final List<Category> CATEGORIES = Category.findingCategories();

    private static final String CLAIMS = "claims.unattributed";

    /** Metric names in sorted order; {@code slot[i]} says where name i's value comes from. */
    private final String[] names;
    private final int[] slot;
    private final SortedNames sorted;
    /** The same with {@link #CLAIMS} in its place (articles that went through attribution), at {@code claimsAt}. */
    private final SortedNames sortedWithClaims;
    private final int claimsAt;
    private final Map<String, Integer> namingSlot = new HashMap<>();

    TerminologyMetrics(TerminologyLexicon lexicon) {
        Map<String, Integer> slots = new TreeMap<>();
        int k = 0;
        for (Category c : CATEGORIES) {
            for (Voice v : VOICES) {
                slots.put(c.id() + "." + v.id() + ".count", k++);
                slots.put(c.id() + "." + v.id() + ".per1k", k++);
            }
        }
        for (NamingSet set : lexicon.sets()) {
            for (String variant : set.variants()) {
                namingSlot.put(set.id() + "\u0000" + variant, k);
                slots.put("naming." + set.id() + "." + variant + ".count", k++);
            }
        }
        names = slots.keySet().toArray(new String[0]);
        slot = slots.values().stream().mapToInt(Integer::intValue).toArray();
        int at = -java.util.Arrays.binarySearch(names, CLAIMS) - 1;
        if (at < 0) {
            throw new IllegalStateException(CLAIMS + " is also a lexicon metric");
        }
        claimsAt = at;
        String[] withClaims = new String[names.length + 1];
        System.arraycopy(names, 0, withClaims, 0, at);
        withClaims[at] = CLAIMS;
        System.arraycopy(names, at, withClaims, at + 1, names.length - at);
        sorted = new SortedNames(names);
        sortedWithClaims = new SortedNames(withClaims);
    }

    Map<String, Double> of(Content content, List<TerminologyAnalyzer.Located> found, Voices voices) {
        double[] values = new double[names.length];
        int[] counts = new int[CATEGORIES.size() * VOICES.size()];
        for (TerminologyAnalyzer.Located l : found) {
            int v = VOICES.indexOf(l.finding().voice());
            if (v < 0) {
                continue;
            }
            counts[l.category().ordinal() * VOICES.size() + v]++;
            if (l.naming() != null && l.finding().voice() == Voice.NARRATOR) {
                Integer s = namingSlot.get(l.naming().set() + "\u0000" + l.naming().variant());
                if (s != null) {
                    values[s]++;
                }
            }
        }
        int words = content.words();
        for (int i = 0; i < counts.length; i++) {
            values[2 * i] = counts[i];
            values[2 * i + 1] = words == 0 ? 0.0 : counts[i] * 1000.0 / words;
        }
        if (!voices.hasSpeech()) {
            double[] out = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                out[i] = values[slot[i]];
            }
            return new MetricValues(sorted, out);
        }
        double[] out = new double[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            out[i < claimsAt ? i : i + 1] = values[slot[i]];
        }
        out[claimsAt] = unattributed(content, found, voices);
        return new MetricValues(sortedWithClaims, out);
    }

    private static int unattributed(Content content, List<TerminologyAnalyzer.Located> found, Voices voices) {
        Set<Integer> counted = new HashSet<>();
        List<Sentence> sentences = content.sentences();
        for (TerminologyAnalyzer.Located l : found) {
            if (!TerminologyAnalyzer.isNarratorClaim(l)) {
                continue;
            }
            Sentence s = sentenceAt(sentences, l.cleanStart());
            if (s != null && !counted.contains(s.index()) && !voices.speechOverlaps(s.start(), s.end())) {
                counted.add(s.index());
            }
        }
        return counted.size();
    }

    /** The sentence holding the offset (binary search: sentences are in order). */
    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
