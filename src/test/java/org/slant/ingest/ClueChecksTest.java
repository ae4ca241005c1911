package org.slant.ingest;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks around clue words are necessary conditions: with them (and the word-start check in place of a
 * leading {@code \b}), the windows give every match a scan of the whole text gives, on texts made to hold
 * near misses of each clue.
 */
class ClueChecksTest {

    private static final String NAME = "((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*(?:[ \\t]+(?:of[ \\t]+|the[ \\t]+)?"
            + "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*){0,4})";

    private record Case(Pattern whole, Pattern windowed, boolean ignoreCase, List<String> words,
                        ClueWindows.Follow follow, boolean wordStart, List<String> pieces) {
    }

    private static final List<Case> CASES = List.of(
            new Case(Pattern.compile(NAME + "\\s+(?:understands|has\\s+learned|can\\s+reveal|has\\s+established)\\b"), null,
                    false, List.of("understands", "learned", "reveal", "established"), ClueChecks::selfMention, false,
                    List.of("The Bugle", "it", "Ünal", " ", "\n", "has", "can", " understands", " learned", " reveal",
                            " established", "s", "x", ".", "-")),
            new Case(Pattern.compile("(?m)^[ \\t]*" + NAME + ",[ \\t]+(?:May|March|Mar|Sept|Sep)\\.?[ \\t]+\\d{1,2},[ \\t]+\\d{4}"),
                    null, false, List.of("May", "Mar", "Sep"), ClueChecks::dateline, false,
                    List.of("Reuters, May 3, 2024", "\nThe Bugle", ", ", ",\t", "May", "March", "Sept.", " 3,", " 12, ", "2024",
                            " 123, 2024", "\n", "x", ", Mar 3, 202", "Mayday 3, 2024")),
            new Case(Pattern.compile("\\btold\\s+" + NAME), Pattern.compile("told\\s+" + NAME), false, List.of("told"),
                    ClueChecks::nameFollows, true,
                    List.of("told", " told Reuters", "fore", " ", "\n", "Reuters", "The", "the", "Foo-", "x", "_")),
            new Case(Pattern.compile("(?i)(?:original(?:ly)?[ \\t]+(?:url|source)|source[ \\t]+url|canonical(?:[ \\t]+url)?)"
                    + "[ \\t]*:?\\s{0,20}<?[ \\t]*(https?://([A-Za-z0-9.\\-]+)[^\\s>)\\]]*)"), null, true,
                    List.of("original", "canonical", "url"), ClueChecks::addressFollows, false,
                    List.of("Original URL: https://a.org/b", "Original", "ly", " ", "URL", "source", ":", "<", "\n", "https://a.org/b", "hhttp", "h", ".", " canonical: ", "source url ")),
            new Case(Pattern.compile("(?i)\\bpublished[ \\t]+by[ \\t]*:?[ \\t]*\\n?[ \\t]*([^\\n]{1,80})"), null, true,
                    List.of("published"), ClueChecks::byFollows, false,
                    List.of("Published", " ", "\t", "BY", "by", "bY:", "\n", "The Bugle", "x")));

    @Test
    void theWindowsFindWhatTheWholeTextScanFinds() {
        Random r = new Random(21);
        for (Case c : CASES) {
            int matched = 0;
            for (int i = 0; i < 2_000; i++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + r.nextInt(14);
                for (int k = 0; k < n; k++) {
                    b.append(c.pieces().get(r.nextInt(c.pieces().size())));
                }
                String raw = b.toString();
                List<String> expected = ClueWindowsTest.whole(c.whole(), raw);
                List<String> got = new ArrayList<>();
                new ClueWindows(raw).find(c.windowed() == null ? c.whole() : c.windowed(), c.ignoreCase(), c.words(),
                        c.follow(), c.wordStart(), m -> got.add(m.start() + "-" + m.end() + " " + m.group(1)));
                assertEquals(expected, got, c.whole() + " on [" + raw + "]");
                matched += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(matched > 50, c.whole() + ": the generated texts hold matches (" + matched + ")");
        }
    }

    @Test
    void mostOccurrencesOfCommonWordsAreRuledOut() {
        String raw = "Since then it has established a rule. In May the council met. The plan was original. It was published in print.";
        assertEquals(false, ClueChecks.selfMention(raw, raw.indexOf("established"), raw.indexOf("established") + 11));
        assertEquals(false, ClueChecks.dateline(raw, raw.indexOf("May"), raw.indexOf("May") + 3));
        assertEquals(false, ClueChecks.addressFollows(raw, raw.indexOf("original"), raw.indexOf("original") + 8));
        assertEquals(false, ClueChecks.byFollows(raw, raw.indexOf("published"), raw.indexOf("published") + 9));
        String yes = "The Bugle has established that.\nReuters, May 3, 2024\nOriginal URL: https://a.org\nPublished by X";
        assertEquals(true, ClueChecks.selfMention(yes, yes.indexOf("established"), yes.indexOf("established") + 11));
        assertEquals(true, ClueChecks.dateline(yes, yes.indexOf("May"), yes.indexOf("May") + 3));
        assertEquals(true, ClueChecks.addressFollows(yes, yes.indexOf("Original"), yes.indexOf("Original") + 8));
        assertEquals(true, ClueChecks.byFollows(yes, yes.indexOf("Published"), yes.indexOf("Published") + 9));
    }
}
