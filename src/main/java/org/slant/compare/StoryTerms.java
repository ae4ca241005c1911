package org.slant.compare;

import org.slant.model.Content;
import org.slant.text.Token;
import smile.nlp.dictionary.EnglishStopWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article is about, as counts of terms of its own text (the clean content the extractors read,
 * without boilerplate): Porter stems of content words, and one term per alias group ("ISIS" and "Islamic
 * State" both count as {@code =islamic_state}), so that an outlet's choice of name does not split a story.
 */
final class StoryTerms {

    private StoryTerms() {
    }

    static Map<String, Double> of(Content c) {
        return of(c, Aliases.STANDARD);
    }

    static Map<String, Double> of(Content c, Aliases aliases) {
        Map<String, Double> out = new HashMap<>();
        if (c == null) {
            return out;
        }
        List<Token> words = new ArrayList<>();
        for (Token t : c.tokens()) {
            if (t.isWord()) {
                words.add(t);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Aliases.Match m = aliases.at(c.text(), words, i);
            if (m != null) {
                out.merge("=" + m.id(), 1.0, Double::sum);
                i += m.words() - 1;
                continue;
            }
            String w = words.get(i).norm();
            if (words.get(i).type() != Token.Type.WORD || w.length() < 3 || !w.chars().allMatch(Character::isLetter)
                    || EnglishStopWords.DEFAULT.contains(w)) {
                continue;
            }
            out.merge(Stems.stem(w), 1.0, Double::sum);
        }
        return out;
    }
}
