package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiled cue lexicon: a token trie of every cue phrase and its inflections, and the not-speech
 * phrases ({@link NotSpeech}) that veto a cue word where it reports no speech.
 */
public final class CueLexicon {

    private final PhraseIndex<Cue> index;
    private final Map<String, Cue> byId;
    private final NotSpeech notSpeech;

    CueLexicon(PhraseIndex<Cue> index, Map<String, Cue> byId) {
        this(index, byId, NotSpeech.NONE);
    }

    private CueLexicon(PhraseIndex<Cue> index, Map<String, Cue> byId, NotSpeech notSpeech) {
        this.index = index;
        this.byId = Map.copyOf(byId);
        this.notSpeech = notSpeech;
    }

    /** This lexicon with a not-speech lexicon consulted by {@link #find}. */
    public CueLexicon excluding(NotSpeech phrases) {
        return new CueLexicon(index, byId, phrases);
    }

    /** A cue phrase found in the text, with every entry it belongs to ("claims" is a verb and a noun). */
    public record Found(int firstToken, int endToken, List<Cue> cues) {
    }

    /** What {@link #find} decided: the cues kept, and the not-speech phrases that dropped others. */
    public record Scan(List<Found> cues, List<NotSpeech.Match> vetoes) {
    }

    /** Leftmost-longest, non-overlapping cue phrases in the tokens, without those a not-speech phrase vetoes. */
    public List<Found> find(List<Token> tokens, CharSequence text) {
        return scan(tokens, text).cues();
    }

    /** As {@link #find}, also naming the not-speech matches that vetoed a cue (for the lexicon's examples). */
    public Scan scan(List<Token> tokens, CharSequence text) {
        List<Found> all = candidates(tokens, text);
        if (notSpeech.size() == 0 || all.isEmpty()) {
            return new Scan(all, List.of());
        }
        java.util.BitSet starts = new java.util.BitSet(tokens.size());
        all.forEach(f -> starts.set(f.firstToken()));
        List<NotSpeech.Match> phrases = notSpeech.find(tokens, text, starts::get);
        List<Found> kept = new ArrayList<>(all.size());
        List<NotSpeech.Match> vetoes = new ArrayList<>();
        int p = 0;
        for (Found f : all) {
            while (p < phrases.size() && phrases.get(p).endToken() <= f.firstToken()) {
                p++;
            }
            // matches come in order of first token; a few may start before f and still cover it
            NotSpeech.Match veto = null;
            for (int q = p; q < phrases.size() && phrases.get(q).firstToken() <= f.firstToken(); q++) {
                if (phrases.get(q).endToken() > f.firstToken()) {
                    veto = phrases.get(q);
                    break;
                }
            }
            if (veto == null) {
                kept.add(f);
            } else if (vetoes.isEmpty() || vetoes.get(vetoes.size() - 1) != veto) {
                vetoes.add(veto);
            }
        }
        return new Scan(kept, vetoes);
    }

    private List<Found> candidates(List<Token> tokens, CharSequence text) {
        List<PhraseIndex.Match<Cue>> all = index.findAll(tokens, text);
        List<Found> out = new ArrayList<>();
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
            List<Cue> cues = new ArrayList<>();
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
