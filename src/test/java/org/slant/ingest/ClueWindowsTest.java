package org.slant.ingest;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.slant.testing.Project;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A clue found in the windows around its word is the clue a scan of the whole text finds. */
class ClueWindowsTest {

    private static final Pattern TOLD = Pattern.compile("\\btold\\s+(\\p{Lu}\\w*(?:[ \\t]+\\p{Lu}\\w*){0,4})");
    private static final Pattern URL = Pattern.compile("(?i)original[ \\t]+url[ \\t]*:?\\s{0,20}<?(https?://[^\\s>]+)");

    /** Every match of {@code p} in the whole text, as "start-end group1". */
    static List<String> whole(Pattern p, String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(raw);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " " + m.group(1));
        }
        return out;
    }

    private static List<String> windows(Pattern p, boolean ignoreCase, List<String> words, String raw) {
        List<String> out = new ArrayList<>();
        new ClueWindows(raw).find(p, ignoreCase, words, m -> out.add(m.start() + "-" + m.end() + " " + m.group(1)));
        return out;
    }

    @Test
    void theSameMatchesAsTheWholeTextOnEverySeed() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            String raw = Project.read(Project.seed(seed));
            assertEquals(whole(TOLD, raw), windows(TOLD, false, List.of("told"), raw), seed);
            assertEquals(whole(URL, raw), windows(URL, true, List.of("original"), raw), seed);
        }
    }

    @Test
    void aClueAParagraphAwayAndCluesOnOneEnormousLine() {
        String raw = "Text.\n\nOriginal URL:\n\n<https://example.org/a>\n";
        assertEquals(List.of("7-44 https://example.org/a"), whole(URL, raw));
        assertEquals(whole(URL, raw), windows(URL, true, List.of("original"), raw));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            b.append("The minister told Daily Bugle reporters that nothing had changed. ");
        }
        String line = b.toString();
        assertEquals(whole(TOLD, line), windows(TOLD, false, List.of("told"), line));
    }

    @Test
    void aMatchCutByTheWindowsReachIsDropped() {
        // a 'name' longer than the reach cannot be told apart from the end of a longer one: left out
        String raw = "x".repeat(2 * ClueWindows.REACH) + " told Ab" + "c".repeat(2 * ClueWindows.REACH);
        assertEquals(List.of(), windows(TOLD, false, List.of("told"), raw));
    }
}
