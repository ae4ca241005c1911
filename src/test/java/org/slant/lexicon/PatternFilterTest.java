package org.slant.lexicon;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter never says "no match" where RE2/J finds one: on the shipped boilerplate patterns, over texts made
 * of their own pieces (so that many do match), case changes, non-ASCII look-alikes and surrogates.
 */
class PatternFilterTest {

    /** The {@code pattern:} values of the boilerplate lexicons (YAML single-quoted strings). */
    static List<String> shippedPatterns() throws IOException {
        List<String> out = new ArrayList<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^\\s*pattern:\\s*'(.*)'\\s*$");
        try (Stream<Path> files = Files.list(Path.of("lexicons/boilerplate"))) {
            for (Path f : files.sorted().toList()) {
                for (String l : Files.readAllLines(f)) {
                    Matcher m = line.matcher(l);
                    if (m.matches()) {
                        out.add(m.group(1).replace("''", "'"));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyShippedPatternGetsAFilter() throws IOException {
        List<String> patterns = shippedPatterns();
        assertTrue(patterns.size() > 30, "patterns read: " + patterns.size());
        for (String p : patterns) {
            assertNotNull(PatternFilter.of(p), p);
        }
    }

    @Test
    void neverSaysNoWhereRe2FindsAMatch() throws IOException {
        Random rnd = new Random(21);
        String[] odd = {"\u212A", "\u017F", "\u0130", "\u00e9", "\u2019", "\u2014", "\uD83D\uDE00", "\uDC00", "\uD800",
                "\u00a0", "\n", "\t", " ", "  ", ":", "(", ")", "/", "|", "-", ".", ",", "©", "»", "12", "2024", "4:05"};
        long matched = 0;
        long filtered = 0;
        for (String p : shippedPatterns()) {
            Pattern re2 = Pattern.compile(p);
            PatternFilter f = PatternFilter.of(p);
            List<String> pieces = new ArrayList<>(List.of(odd));
            for (String w : p.split("[^\\p{L}\\p{N}’'.@ -]+")) {
                if (!w.isBlank()) {
                    pieces.add(w);
                    pieces.add(w.toUpperCase(java.util.Locale.ROOT));
                    pieces.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                }
            }
            for (int k = 0; k < 3000; k++) {
                StringBuilder b = new StringBuilder();
                for (int i = rnd.nextInt(8); i >= 0; i--) {
                    b.append(pieces.get(rnd.nextInt(pieces.size())));
                    if (rnd.nextBoolean()) {
                        b.append(' ');
                    }
                }
                String text = b.toString();
                boolean found = re2.matcher(text).find();
                char[] c = ("xy" + text + "z").toCharArray();
                boolean may = f.mayFind(c, 2, 2 + text.length());
                if (found) {
                    matched++;
                    assertTrue(may, () -> p + " finds a match in " + escape(text));
                } else if (!may) {
                    filtered++;
                }
            }
        }
        assertTrue(matched > 1000, "texts that matched: " + matched);
        assertTrue(filtered > 30_000, "texts the filter ruled out: " + filtered);
    }

    @Test
    void syntaxOutsideTheSubsetGivesNoFilter() {
        assertNull(PatternFilter.of("(?m)^a"));
        assertNull(PatternFilter.of("\\Qa\\E"));
        assertNull(PatternFilter.of("[[:alpha:]]"));
        assertNull(PatternFilter.of("(a"));
        PatternFilter f = PatternFilter.of("(?i)^\\W*by\\s+\\p{Lu}");
        assertNotNull(f);
        assertTrue(f.mayFind("  BY Anne".toCharArray(), 0, 9));
        assertFalse(f.mayFind("Story by Anne".toCharArray(), 0, 13));
        PatternFilter end = PatternFilter.of("\\d{1,2}:\\d{2}\\s*$");
        assertTrue(end.mayFind("at 12:30 ".toCharArray(), 0, 9));
        assertFalse(end.mayFind("at 12:30 pm".toCharArray(), 0, 11));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }
}
