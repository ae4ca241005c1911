package org.slant.extract.terminology;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lexicon's phrases in a token list: every trie match, minus those whose context rule fails,
 * then leftmost-longest within each layer (so "terrorist regime" is one label, not two), while layers may
 * overlap (the contested name "Kiev" inside the label "Kiev regime").
 */
final class TermMatcher {

    /** A match of an entry over tokens {@code [firstToken, endToken)}. */
    record Hit(TermEntry entry, int firstToken, int endToken) {
    }

    private TermMatcher() {
    }

    static List<Hit> find(TerminologyLexicon lexicon, List<Token> tokens, CharSequence text, SentenceWords sentences) {
        List<PhraseIndex.Match<TermEntry>> all = lexicon.terms().findAll(tokens, text);
        List<Hit> out = new ArrayList<>();
        for (int layer = 0; layer <= 1; layer++) {
            longest(all, layer, tokens, sentences, out);
        }
        out.sort(java.util.Comparator.comparingInt(Hit::firstToken).thenComparingInt(Hit::endToken)
                .thenComparing(h -> h.entry().id()));
        return out;
    }

    private static void longest(List<PhraseIndex.Match<TermEntry>> all, int layer, List<Token> tokens,
                                SentenceWords sentences, List<Hit> out) {
        int covered = 0;
        int k = 0;
        while (k < all.size()) {
            int start = all.get(k).firstToken();
            PhraseIndex.Match<TermEntry> best = null;
            while (k < all.size() && all.get(k).firstToken() == start) {
                PhraseIndex.Match<TermEntry> m = all.get(k++);
                TermEntry e = m.payload();
                if (e.category().layer() != layer || (best != null && m.endToken() <= best.endToken())) {
                    continue;
                }
                if (e.context().allows(tokens, m.firstToken(), m.endToken(), sentences)) {
                    best = m;
                }
            }
            if (best != null && start >= covered) {
                out.add(new Hit(best.payload(), best.firstToken(), best.endToken()));
                covered = best.endToken();
            }
        }
    }
}
