package org.slant.extract.terminology;

import org.slant.lexicon.LexiconEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sides a text can be mirrored along: each axis swaps whole words, keeping their capitals. */
final class Mirror {

    record Axis(String name, Map<String, String> swaps, Pattern words) {

        static Axis of(String name, String... pairs) {
            Map<String, String> swaps = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                swaps.put(pairs[i], pairs[i + 1]);
                swaps.putIfAbsent(pairs[i + 1], pairs[i]);
            }
            // longest first, so "far-right" wins over "right" and "Russians" over "Russian"
            String alternatives = String.join("|", swaps.keySet().stream()
                    .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
            return new Axis(name, swaps, Pattern.compile("(?<![\\p{L}\\-])(?:" + alternatives + ")(?![\\p{L}\\-])"));
        }

        /** The text with every side word swapped; the same text when it names no side of this axis. */
        String mirror(String text) {
            Matcher m = words.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Matcher.quoteReplacement(swaps.get(m.group())));
            }
            m.appendTail(b);
            return b.toString();
        }
    }

    static final List<Axis> AXES = List.of(
            Axis.of("Russia<->Ukraine", "Russia", "Ukraine", "Russian", "Ukrainian", "Russians", "Ukrainians",
                    "Moscow", "Kyiv", "Kiev", "Moscow", "Putin", "Zelensky", "Putin's", "Zelensky's",
                    "Kremlin", "Kyiv government", "Russia's", "Ukraine's", "Moscow's", "Kyiv's"),
            Axis.of("West<->Russia", "West", "Russia", "Western", "Russian", "Westerners", "Russians",
                    "Washington", "Moscow", "NATO", "the Kremlin", "NATO's", "Kremlin's", "West's", "Russia's",
                    "Washington's", "Moscow's", "American", "Russian", "Americans", "Russians"),
            Axis.of("US right<->left", "Republican", "Democratic", "Republicans", "Democrats", "GOP", "Democratic Party",
                    "conservative", "liberal", "conservatives", "liberals", "Conservative", "Liberal",
                    "right-wing", "left-wing", "Right-wing", "Left-wing", "far-right", "far-left",
                    "far right", "far left", "Far-right", "Far-left", "the right", "the left", "rightist", "leftist",
                    "rightists", "leftists", "Trump", "Biden", "Trump's", "Biden's", "MAGA", "progressive",
                    "MAGA's", "progressives'"));

    private Mirror() {
    }

    /** The entry's reason for having no mirror ({@code mirror: none: reason}), or null. */
    static String reasonNone(LexiconEntry e) {
        String m = e.node().string("mirror", "");
        return m.startsWith("none:") ? m.substring(5).trim() : null;
    }

    /**
     * Whether two texts have the same tokens but where both name a side of the same kind (the keys of
     * {@link SideWords}): the texts the loaded-language model must score alike. "Kremlin propaganda" and
     * "Kyiv government propaganda" are a fair mirror for the lexicon, but the model may weigh the word
     * "government" as it weighs any word.
     */
    static boolean sidesOnly(String a, String b) {
        List<org.slant.text.Token> x = Terms.content(a).tokens();
        List<org.slant.text.Token> y = Terms.content(b).tokens();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!SideWords.key(x, i).equals(SideWords.key(y, i))) {
                return false;
            }
        }
        return true;
    }
}
