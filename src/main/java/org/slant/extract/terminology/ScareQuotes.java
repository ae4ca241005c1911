package org.slant.extract.terminology;

import org.slant.lexicon.PhraseIndex;
import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scare quotes: a closed quotation of one to {@code maxWords} words set inside a sentence of its own
 * text (“terrorism”, “Trump-proof”), as opposed to
 * <ul>
 *   <li>a quotation that stands alone (a quoted heading, a one-word answer);</li>
 *   <li>a quoted statement introduced by a colon ({@code said: “No.”});</li>
 *   <li>a partial quotation tied to its speaker in the same clause: a speech cue of the lexicon at most
 *       {@code cueWindow} words before it ({@code dismissed the claim as “absurd”}, {@code accused him of
 *       losing his “Churchillian spirit”}) or at most {@code cueAfter} words after it
 *       ({@code “Absurd,” he said}).</li>
 * </ul>
 * and, when attribution ran, a partial quotation of a speaker further away in the sentence, in the sentence
 * before, or whose words the article quotes elsewhere from a speaker ({@link PartialQuotes}). One pass over
 * the quotations; speech cues are looked up only in the few words around a short quotation.
 */
final class ScareQuotes {

    /** The scare quotes found, and the ids of the speech cues that made other short quotations partial quotations. */
    record Result(List<Quote> quotes, Set<String> cuesUsed) {
    }

    private ScareQuotes() {
    }

    static Result find(Content content, TerminologyLexicon lexicon, SentenceWords sentences) {
        return find(content, lexicon, sentences, null);
    }

    /** @param partial tells partial quotations of a speaker apart (see {@link PartialQuotes}), or null */
    static Result find(Content content, TerminologyLexicon lexicon, SentenceWords sentences, PartialQuotes partial) {
        ScareQuoteRule rule = lexicon.scareQuote();
        List<Quote> out = new ArrayList<>();
        Set<String> cuesUsed = new TreeSet<>();
        if (rule == null || content.quotes().isEmpty()) {
            return new Result(out, cuesUsed);
        }
        List<Token> tokens = content.tokens();
        for (Quote q : content.quotes()) {
            if (!q.closed()) {
                continue;
            }
            int open = tokenStartingAt(tokens, q.start());
            int close = tokenStartingAt(tokens, q.end() - 1);
            if (open < 0 || close <= open) {
                continue;
            }
            int words = words(tokens, open + 1, close);
            if (words < 1 || words > rule.maxWords()) {
                continue;
            }
            int first = sentenceStart(sentences, open);
            int end = sentenceEnd(sentences, close, tokens.size());
            if (words(tokens, first, open) == 0 && words(tokens, close + 1, end) == 0) {
                continue; // stands alone: a quoted heading or answer, not a word set apart in a sentence
            }
            if (open > first && tokens.get(open - 1).is(":")) {
                continue; // a quoted statement
            }
            TermEntry cue = cueBefore(lexicon, content, sentences, open, first, rule.cueWindow());
            if (cue == null) {
                cue = cueAfter(lexicon, content, sentences, close, end, rule.cueAfter());
            }
            if (cue != null) {
                cuesUsed.add(cue.id());
                continue;
            }
            if (partial != null && q.depth() == 0 && partial.attributed(q, open)) {
                continue; // the speaker's words, quoted in part: attribution's, not the outlet's device
            }
            out.add(q);
        }
        return new Result(out, cuesUsed);
    }

    /** Longest cue phrase in words, beyond the window, so a cue that ends inside the window is whole. */
    private static final int CUE_SLACK = 4;

    /** The speech cue ending nearest before the quotation, at most {@code window} words from it. */
    private static TermEntry cueBefore(TerminologyLexicon lexicon, Content content, SentenceWords sentences,
                                       int open, int first, int window) {
        List<Token> tokens = content.tokens();
        int from = open;
        for (int w = 0; from > first && w <= window + CUE_SLACK; ) {
            from--;
            if (tokens.get(from).countsAsWord()) {
                w++;
            }
        }
        TermEntry best = null;
        int bestEnd = -1;
        for (PhraseIndex.Match<TermEntry> m : lexicon.cues().findAll(tokens.subList(from, open), content.text())) {
            int a = from + m.firstToken();
            int b = from + m.endToken();
            if (b > bestEnd && words(tokens, b, open) <= window
                    && m.payload().context().allows(tokens, a, b, sentences)) {
                best = m.payload();
                bestEnd = b;
            }
        }
        return best;
    }

    /** The speech cue starting nearest after the quotation, at most {@code window} words from it. */
    private static TermEntry cueAfter(TerminologyLexicon lexicon, Content content, SentenceWords sentences,
                                      int close, int end, int window) {
        List<Token> tokens = content.tokens();
        int to = close + 1;
        for (int w = 0; to < end && w <= window + CUE_SLACK; to++) {
            if (tokens.get(to).countsAsWord()) {
                w++;
            }
        }
        for (PhraseIndex.Match<TermEntry> m : lexicon.cues().findAll(tokens.subList(close + 1, to), content.text())) {
            int a = close + 1 + m.firstToken();
            int b = close + 1 + m.endToken();
            if (words(tokens, close + 1, a) <= window && m.payload().context().allows(tokens, a, b, sentences)) {
                return m.payload(); // matches come in order of their start, so the first is the nearest
            }
        }
        return null;
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            if (tokens.get(i).countsAsWord()) {
                n++;
            }
        }
        return n;
    }

    private static int sentenceStart(SentenceWords sentences, int token) {
        int s = sentences.sentenceOf(token);
        return s < 0 ? token : Math.min(token, sentences.sentence(s).firstToken());
    }

    private static int sentenceEnd(SentenceWords sentences, int token, int size) {
        int s = sentences.sentenceOf(token);
        return s < 0 ? token + 1 : Math.min(size, Math.max(token + 1, sentences.sentence(s).endToken()));
    }

    /** The index of the token starting exactly at the offset, or -1 (binary search: tokens are in order). */
    static int tokenStartingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s < offset) {
                lo = mid + 1;
            } else if (s > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
