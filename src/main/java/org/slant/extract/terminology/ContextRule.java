package org.slant.extract.terminology;

import org.slant.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Simple context conditions on an entry, kept in the lexicon as data: the match is dropped when one of
 * the {@code notAfter} phrases ends right before it ("sanctions regime") or one of the {@code notBefore}
 * phrases starts right after it ("puppet show"), and kept only when one of the {@code near} words occurs
 * in the same sentence ("military operation" near Russia or Ukraine). All forms are token norms.
 * Each check looks at a bounded number of tokens, so matching stays linear in the text.
 */
public record ContextRule(List<List<String>> notAfter, List<List<String>> notBefore, Set<String> near) {

    public static final ContextRule NONE = new ContextRule(List.of(), List.of(), Set.of());

    public ContextRule {
        notAfter = List.copyOf(notAfter);
        notBefore = List.copyOf(notBefore);
        near = Set.copyOf(near);
    }

    public boolean isEmpty() {
        return notAfter.isEmpty() && notBefore.isEmpty() && near.isEmpty();
    }

    /** Whether a match of tokens {@code [first, end)} satisfies the rule. */
    boolean allows(List<Token> tokens, int first, int end, SentenceWords sentences) {
        for (List<String> p : notAfter) {
            if (first - p.size() >= 0 && same(tokens, first - p.size(), p)) {
                return false;
            }
        }
        for (List<String> p : notBefore) {
            if (end + p.size() <= tokens.size() && same(tokens, end, p)) {
                return false;
            }
        }
        if (!near.isEmpty()) {
            Set<String> words = sentences.wordsAround(first);
            for (String w : near) {
                if (words.contains(w)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean same(List<Token> tokens, int from, List<String> norms) {
        for (int k = 0; k < norms.size(); k++) {
            if (!tokens.get(from + k).norm().equals(norms.get(k))) {
                return false;
            }
        }
        return true;
    }
}
