package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Speech;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a partial quotation from a scare quote. A short quotation is the words of a speaker, not the outlet's
 * distancing device, when the words are attributed:
 * <ul>
 *   <li>attribution gives them a speaker (they lie in the content of a speech with a known source);</li>
 *   <li>a speech cue with a source stands in the same sentence or the one before ("Mr Macron said ... were
 *       “ridiculous”");</li>
 *   <li>or the same words are quoted elsewhere in the article inside a quotation that has a speaker.</li>
 * </ul>
 * Only the quote marks the outlet puts around words nobody is said to have spoken (to battle “terrorism”)
 * remain scare quotes. Linear: the attributed quotations' word n-grams (up to the longest scare quote) go
 * into one table ({@link WordGrams}), and the sentences holding a cue are marked once.
 */
final class PartialQuotes {

    private final Content content;
    private final Voices voices;
    private final SentenceWords sentences;
    private final boolean[] cueSentence;
    /** The attributed quotations' words, and their n-grams once a quotation first needs them (null until then). */
    private final List<List<String>> attributedWords = new ArrayList<>();
    private final int maxWords;
    private WordGrams attributedPhrases;

    PartialQuotes(Content content, Voices voices, SentenceWords sentences, List<Speech> speeches, int maxWords) {
        this.content = content;
        this.voices = voices;
        this.maxWords = maxWords;
        this.sentences = sentences;
        List<Token> tokens = content.tokens();
        int count = content.sentences().size();
        this.cueSentence = new boolean[count];
        if (speeches != null) {
            for (Speech s : speeches) {
                if (s.cueStart() < 0 || s.sourceStart() < 0 || "unresolved".equals(s.sourceType())) {
                    continue;
                }
                int t = ScareQuotes.tokenStartingAt(tokens, s.cueStart());
                int sentence = sentences.sentenceOf(t);
                if (sentence >= 0 && sentence < count) {
                    cueSentence[sentence] = true;
                }
            }
        }
        for (Quote q : content.quotes()) {
            if (voices.of(q.contentStart(), q.contentEnd()).speaker() != null) {
                attributedWords.add(words(q));
            }
        }
    }

    /** Whether the quotation at tokens {@code open..close} is attributed to a speaker. */
    boolean attributed(Quote q, int open) {
        if (voices.of(q.contentStart(), q.contentEnd()).speaker() != null) {
            return true;
        }
        int sentence = sentences.sentenceOf(open);
        if (sentence >= 0 && (cueSentence[sentence] || sentence > 0 && cueSentence[sentence - 1])) {
            return true;
        }
        List<String> w = words(q);
        if (w.isEmpty()) {
            return false;
        }
        if (attributedPhrases == null) {
            // built on the first question: most articles never ask it, and the n-grams were 2% of the real-text
            // profile (issue 21)
            attributedPhrases = new WordGrams(attributedWords, maxWords);
        }
        return attributedPhrases.contains(w);
    }

    private List<String> words(Quote q) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = content.tokens();
        int k = Math.max(0, ScareQuotes.tokenStartingAt(tokens, q.start()));
        for (; k < tokens.size() && tokens.get(k).start() < q.contentEnd(); k++) {
            Token t = tokens.get(k);
            if (t.start() >= q.contentStart() && t.isWord()) {
                out.add(t.norm());
            }
        }
        return out;
    }
}
