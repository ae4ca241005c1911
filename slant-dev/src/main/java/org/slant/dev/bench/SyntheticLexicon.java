package org.slant.dev.bench;

import org.slant.extract.terminology.TermEntry;
import org.slant.extract.terminology.TerminologyLexicon;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconLoader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic terminology lexicon for the benchmark: made-up entries whose phrases start with real words
 * (common English words and the first words of the shipped entries) and continue with invented ones, so
 * the trie is walked deeper on real text yet the findings stay those of the shipped lexicon. Seeded, so
 * every run builds the same lexicon.
 */
final class SyntheticLexicon {

    private static final String[] COMMON = {"the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on",
        "with", "said", "as", "by", "at", "from", "his", "it", "an", "Russia", "France", "Ukraine", "Moscow", "Paris"};

    private SyntheticLexicon() {
    }

    /** A lexicon file with {@code entries} made-up entries, sharing first words with {@code shipped}. */
    static LexiconFile generate(TerminologyLexicon shipped, int entries, long seed) {
        return generate(shipped, entries, seed, true);
    }

    /**
     * @param sharePrefixes true: multi-word phrases start with real words, so the trie walk goes one step
     *                      deeper on frequent words (the harder case); false: every word is made up
     */
    static LexiconFile generate(TerminologyLexicon shipped, int entries, long seed, boolean sharePrefixes) {
        List<String> firsts = new ArrayList<>(List.of(COMMON));
        for (TermEntry e : shipped.entries()) {
            if (e.phrase() != null) {
                for (List<String> v : e.phrase().variants()) {
                    if (v.size() > 0 && v.get(0).chars().allMatch(Character::isLetter)) {
                        firsts.add(v.get(0));
                    }
                }
            }
        }
        Random r = new Random(seed);
        Set<String> phrases = new LinkedHashSet<>();
        while (phrases.size() < entries) {
            int words = 1 + r.nextInt(3);
            StringBuilder p = new StringBuilder();
            boolean real = words > 1 && sharePrefixes;
            if (real) {
                p.append(firsts.get(r.nextInt(firsts.size())));
            }
            for (int w = real ? 1 : 0; w < words; w++) {
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(pseudoWord(r));
            }
            phrases.add(p.toString());
        }
        StringBuilder y = new StringBuilder("""
                id: bench/synthetic
                version: 0.0.0
                kind: terminology
                description: Synthetic entries for the matching benchmark.
                provenance: Generated with a fixed seed.
                defaults: {category: loaded, weight: 1}
                entries:
                """);
        int i = 0;
        for (String p : phrases) {
            y.append("  - id: synthetic.e").append(i++).append('\n')
                    .append("    phrase: \"").append(p).append("\"\n")
                    .append("    rationale: synthetic\n")
                    .append("    examples: {match: [x], no_match: [y]}\n");
        }
        return LexiconLoader.parse("bench/synthetic.yaml", y.toString());
    }

    /** An invented lower-case word of 5 to 9 letters ending in 'q', so it never occurs in English text. */
    private static String pseudoWord(Random r) {
        int n = 4 + r.nextInt(5);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.append('q').toString();
    }
}
