package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.boilerplate.BoilerplateKind;
import org.slant.extract.boilerplate.Rule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger automaton finds exactly the rules one of whose triggers the lower-cased text contains. */
class TriggersTest {

    private static final List<Rule> PATTERNS = Slant.lexicons().standard().compile(new BoilerplateKind()).rules()
            .stream().filter(r -> r.pattern() != null).toList();

    /** The rules one of whose triggers the lower-cased text contains, by {@code String.contains}. */
    private static BitSet containsEach(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        BitSet b = new BitSet();
        for (int rule = 0; rule < PATTERNS.size(); rule++) {
            if (PATTERNS.get(rule).triggers().stream().anyMatch(lower::contains)) {
                b.set(rule);
            }
        }
        return b;
    }

    @Test
    void everyCharacterIsLoweredAsTheStringWouldBe() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = "a" + (char) c + "Z";
            assertEquals(s.toLowerCase(Locale.ROOT), Triggers.lowered(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theSameTriggersAsOneContainsEachOnMixedText() {
        Triggers t = new Triggers(PATTERNS.stream().map(Rule::triggers).toList());
        assertTrue(t.strings().size() > 50, "the built-in patterns have triggers");
        // text made of pieces of triggers, their upper case, overlaps and the characters lowered specially
        List<String> pieces = List.of("Re", "PORTER", "reu", "ters", "co", "PYRIGHT", "©", " is ", "Is ", "x", "ap ",
                "PHOTO", "ФОТО", "фо", "то", "\u0130", "\u03A3", "\uD835\uDC00", "http", "www.", " ", "\n", "2", "»",
                "mor", "e", "newer", "prev", "ious", "(C)", "**");
        Random r = new Random(21);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(pieces.get(r.nextInt(pieces.size())));
            }
            String text = b.toString();
            assertEquals(containsEach(text), BitSet.valueOf(t.rules(text.toCharArray(), 0, text.length(), text)), text);
            // the same when the caller gives no string (it is made from the characters where one is needed)
            char[] padded = ("ab" + text + "c").toCharArray();
            assertEquals(containsEach(text), BitSet.valueOf(t.rules(padded, 2, 2 + text.length(), null)), text);
        }
    }
}
