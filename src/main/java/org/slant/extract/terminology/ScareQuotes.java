package org.slant.extract.terminology;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Content;
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
 * A speaker named further away (in another clause or sentence) does not stop it being a scare quote: the
 * quote marks then set the word apart inside the outlet's own sentence. One pass over the quotations,
 * each looking at a bounded number of tokens.
 */
final class ScareQuotes {

    /** The scare quotes found, and the ids of the speech cues that made other short quotations partial quotations. */
    record Result(List<Quote> quotes, Set<String> cuesUsed) {
    }

    private ScareQuotes() {
    }

    static Result find(Content content, TerminologyLexicon lexicon, SentenceWords sentences) {
        ScareQuoteRule rule = lexicon.scareQuote();
        List<Quote> out = new ArrayList<>();
        Set<String> cuesUsed = new TreeSet<>();
        if (rule == null || content.quotes().isEmpty()) {
            return new Result(out, cuesUsed);
        }
        List<Token> tokens = content.tokens();
        TermEntry[] cueEndingAt = new TermEntry[tokens.size()];
        TermEntry[] cueStartingAt = new TermEntry[tokens.size()];
        for (PhraseIndex.Match<TermEntry> m : lexicon.cues().findAll(tokens, content.text())) {
            if (!m.payload().context().allows(tokens, m.firstToken(), m.endToken(), sentences)) {
                continue;
            }
            if (cueEndingAt[m.endToken() - 1] == null) {
                cueEndingAt[m.endToken() - 1] = m.payload();
            }
            if (cueStartingAt[m.firstToken()] == null) {
                cueStartingAt[m.firstToken()] = m.payload();
            }
        }
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
            TermEntry cue = cueBefore(tokens, cueEndingAt, open, first, rule.cueWindow());
            if (cue == null) {
                cue = cueAfter(tokens, cueStartingAt, close, end, rule.cueAfter());
            }
            if (cue != null) {
                cuesUsed.add(cue.id());
                continue;
            }
            out.add(q);
        }
        return new Result(out, cuesUsed);
    }

    private static TermEntry cueBefore(List<Token> tokens, TermEntry[] cueEndingAt, int open, int first, int window) {
        int between = 0;
        for (int j = open - 1; j >= first && between <= window; j--) {
            if (cueEndingAt[j] != null) {
                return cueEndingAt[j];
            }
            if (tokens.get(j).countsAsWord()) {
                between++;
            }
        }
        return null;
    }

    private static TermEntry cueAfter(List<Token> tokens, TermEntry[] cueStartingAt, int close, int end, int window) {
        int between = 0;
        for (int j = close + 1; j < end && between <= window; j++) {
            if (cueStartingAt[j] != null) {
                return cueStartingAt[j];
            }
            if (tokens.get(j).countsAsWord()) {
                between++;
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
