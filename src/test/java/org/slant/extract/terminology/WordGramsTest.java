package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordGramsTest {

    private static final List<String> VOCABULARY = List.of("the", "talks", "were", "useful", "a", "sham",
            "Aa", "BB");   // "Aa" and "BB" have the same String.hashCode

    @Test
    void answersAsASetOfJoinedNGrams() {
        Random random = new Random(4242L);
        for (int round = 0; round < 500; round++) {
            int maxWords = 1 + random.nextInt(4);
            List<List<String>> lists = new ArrayList<>();
            Set<String> joined = new HashSet<>();
            for (int l = random.nextInt(4); l > 0; l--) {
                List<String> words = words(random, random.nextInt(12));
                lists.add(words);
                for (int i = 0; i < words.size(); i++) {
                    for (int n = 1; n <= maxWords && i + n <= words.size(); n++) {
                        joined.add(String.join(" ", words.subList(i, i + n)));
                    }
                }
            }
            WordGrams grams = new WordGrams(lists, maxWords);
            for (int q = 0; q < 40; q++) {
                List<String> query = words(random, 1 + random.nextInt(5));
                assertEquals(joined.contains(String.join(" ", query)), grams.contains(query), query + " in " + lists);
            }
        }
    }

    @Test
    void wordsWithTheSameHashAreTold() {
        WordGrams grams = new WordGrams(List.of(List.of("Aa", "talks")), 2);
        assertTrue(grams.contains(List.of("Aa", "talks")));
        assertFalse(grams.contains(List.of("BB", "talks")));
        assertFalse(grams.contains(List.of("talks", "Aa")));
    }

    private static List<String> words(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return out;
    }
}
