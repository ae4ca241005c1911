package org.slant.check;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Glob matching by Slant's own automaton: the documented cases, agreement with a regex, hostile globs. */
class GlobTest {

    @Test
    void documentedCases() {
        assertTrue(Glob.of("news/**/*.md").matches("news/a.md"));
        assertTrue(Glob.of("news/**/*.md").matches("news/2024/04/a.md"));
        assertFalse(Glob.of("news/*.md").matches("news/2024/a.md"));
        assertTrue(Glob.of("*.md").matches("deep/in/a/folder/x.md"));
        assertTrue(Glob.of("a?.{md,html}").matches("./x/ab.html"));
        assertFalse(Glob.of("a?.{md,html}").matches("x/abc.html"));
        assertTrue(Glob.of("drafts/").matches("drafts/a/b.txt"));
        assertTrue(Glob.of("/top.md").matches("top.md"));
        assertFalse(Glob.of("/top.md").matches("x/top.md"));
        assertTrue(Glob.of("a\\b.md").matches("a/b.md"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of("{a,b"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of(""));
    }

    /** The automaton agrees with the regex translation the globs used to compile to, on random globs. */
    @Test
    void agreesWithTheRegexTranslationOnRandomGlobsAndPaths() {
        Random rnd = new Random(14);
        String globChars = "ab/*?{},.";
        String pathChars = "ab/.,";
        for (int t = 0; t < 5000; t++) {
            String g = random(rnd, globChars, 1 + rnd.nextInt(10));
            Glob glob;
            try {
                glob = Glob.of(g);
            } catch (IllegalArgumentException e) {
                assertThrows(IllegalArgumentException.class, () -> regex(g), g);
                continue;
            }
            Pattern re = regex(g);
            for (int k = 0; k < 20; k++) {
                String path = random(rnd, pathChars, rnd.nextInt(9));
                assertEquals(re.matches(Glob.normalize(path)), glob.matches(path), "glob " + g + " on " + path);
            }
        }
    }

    @Test
    void fiveThousandDoubleStarsMatchWithoutBlowingUp() {
        Glob g = Glob.of("**/".repeat(5000) + "*.md");
        assertTrue(g.matches("a/b/c.md"));
        assertFalse(g.matches("a/b/c.txt"));
        Glob braces = Glob.of("{".repeat(5000) + "x" + "}".repeat(5000) + ".md");
        assertTrue(braces.matches("x.md"));
        Glob alternatives = Glob.of("{,a}".repeat(5000) + ".md");
        assertTrue(alternatives.matches("aaa.md"));
    }

    private static String random(Random rnd, String chars, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(rnd.nextInt(chars.length())));
        }
        return b.toString();
    }

    /** The translation Glob used before (RE2/J), kept here as the reference for the automaton. */
    private static Pattern regex(String glob) {
        String g = Glob.normalize(glob);
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        } else if (!g.contains("/")) {
            g = "**/" + g;
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (!dbl) {
                    re.append("[^/]*");
                    continue;
                }
                boolean atPartStart = i == 0 || g.charAt(i - 1) == '/';
                i++;
                if (atPartStart && i + 1 < g.length() && g.charAt(i + 1) == '/') {
                    re.append("(?:.*/)?");
                    i++;
                } else {
                    re.append(".*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("unclosed '{' in glob");
        }
        return Pattern.compile(re.toString());
    }
}
