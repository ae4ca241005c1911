package org.slant.extract.terminology;

import org.slant.model.Voice;
import org.slant.text.Content;
import org.slant.text.Sentence;

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
 */
final class TerminologyMetrics {

    static final List<Voice> VOICES = List.of(Voice.NARRATOR, Voice.QUOTED);

    private TerminologyMetrics() {
    }

    static Map<String, Double> of(TerminologyLexicon lexicon, Content content,
                                  List<TerminologyAnalyzer.Located> found, Voices voices) {
        Map<String, Double> m = new TreeMap<>();
        int words = content.words();
        for (Category c : Category.findingCategories()) {
            for (Voice v : VOICES) {
                long n = found.stream().filter(l -> l.category() == c && l.finding().voice() == v).count();
                m.put(c.id() + "." + v.id() + ".count", (double) n);
                m.put(c.id() + "." + v.id() + ".per1k", words == 0 ? 0.0 : n * 1000.0 / words);
            }
        }
        for (NamingSet set : lexicon.sets()) {
            for (String variant : set.variants()) {
                m.put("naming." + set.id() + "." + variant + ".count", 0.0);
            }
        }
        for (TerminologyAnalyzer.Located l : found) {
            if (l.naming() != null && l.finding().voice() == Voice.NARRATOR) {
                m.merge("naming." + l.naming().set() + "." + l.naming().variant() + ".count", 1.0, Double::sum);
            }
        }
        if (voices.hasSpeech()) {
            m.put("claims.unattributed", (double) unattributed(content, found, voices));
        }
        return m;
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
