package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.List;
import java.util.Map;

/** The compiled cue lexicon: a token trie of every cue phrase and its inflections. */
public final class CueLexicon {

    private final PhraseIndex<Cue> index;
    private final Map<String, Cue> byId;

    CueLexicon(PhraseIndex<Cue> index, Map<String, Cue> byId) {
        this.index = index;
        this.byId = Map.copyOf(byId);
    }

    /** A cue phrase found in the text, with every entry it belongs to ("claims" is a verb and a noun). */
    public record Found(int firstToken, int endToken, List<Cue> cues) {
    }

    /** Leftmost-longest, non-overlapping cue phrases in the tokens. */
    public List<Found> find(List<Token> tokens, CharSequence text) {
        List<PhraseIndex.Match<Cue>> all = index.findAll(tokens, text);
        List<Found> out = new java.util.ArrayList<>();
        int covered = 0;
        int k = 0;
        while (k < all.size()) {
            int start = all.get(k).firstToken();
            int end = start;
            int from = k;
            while (k < all.size() && all.get(k).firstToken() == start) {
                end = Math.max(end, all.get(k).endToken());
                k++;
            }
            if (start < covered) {
                continue;
            }
            List<Cue> cues = new java.util.ArrayList<>();
            for (int j = from; j < k; j++) {
                if (all.get(j).endToken() == end && !cues.contains(all.get(j).payload())) {
                    cues.add(all.get(j).payload());
                }
            }
            out.add(new Found(start, end, cues));
            covered = end;
        }
        return out;
    }

    public Cue byId(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }
}
