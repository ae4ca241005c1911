package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The compiled not-speech lexicon ({@code lexicons/attribution/not-speech.yaml}): phrases that contain a
 * cue word but report no speech ("appeared to stumble", "are seeking clarity", "raises fears", "two
 * suspects", "readers will recall"). The cue finder drops every cue that starts inside a match that
 * applies (see {@link CueLexicon#find}).
 */
public final class NotSpeech {

    /**
     * One entry's conditions.
     *
     * @param id           the entry id
     * @param after        when not empty, the word right before the phrase must be one of these
     * @param notBefore    word sequences that, right after the phrase, make it speech again ("seek to")
     * @param unlessCueAfter a cue starting right after the phrase makes it speech again ("appeared to suggest")
     */
    public record Entry(String id, Set<String> after, List<List<String>> notBefore, boolean unlessCueAfter) {

        public Entry {
            after = Set.copyOf(after);
            notBefore = List.copyOf(notBefore);
        }
    }

    /** A phrase that applies: tokens {@code [firstToken, endToken)}, by one entry. */
    public record Match(int firstToken, int endToken, Entry entry) {
    }

    static final NotSpeech NONE = new NotSpeech(new PhraseIndex<>(), java.util.Map.of());

    private final PhraseIndex<Entry> index;
    private final java.util.Map<String, Entry> byId;

    NotSpeech(PhraseIndex<Entry> index, java.util.Map<String, Entry> byId) {
        this.index = index;
        this.byId = java.util.Map.copyOf(byId);
    }

    public Entry byId(String id) {
        return byId.get(id);
    }

    /**
     * The matches that apply, in token order. {@code cueStarts} says where a cue phrase starts (for
     * {@code unless_cue_after}); every test looks at a bounded number of tokens around a match.
     */
    public List<Match> find(List<Token> tokens, CharSequence text, java.util.function.IntPredicate cueStarts) {
        List<Match> out = new ArrayList<>();
        for (PhraseIndex.Match<Entry> m : index.findAll(tokens, text)) {
            Entry e = m.payload();
            if (applies(e, tokens, m.firstToken(), m.endToken(), cueStarts)) {
                out.add(new Match(m.firstToken(), m.endToken(), e));
            }
        }
        return out;
    }

    private static boolean applies(Entry e, List<Token> tokens, int first, int end, java.util.function.IntPredicate cueStarts) {
        if (!e.after().isEmpty() && (first == 0 || !e.after().contains(tokens.get(first - 1).norm()))) {
            return false;
        }
        for (List<String> words : e.notBefore()) {
            boolean all = end + words.size() <= tokens.size();
            for (int k = 0; all && k < words.size(); k++) {
                all = tokens.get(end + k).is(words.get(k));
            }
            if (all) {
                return false;
            }
        }
        return !(e.unlessCueAfter() && end < tokens.size() && cueStarts.test(end));
    }

    public int size() {
        return byId.size();
    }
}
