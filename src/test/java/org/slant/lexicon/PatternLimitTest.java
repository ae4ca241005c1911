package org.slant.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.config.ConfigNode;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lexicon patterns whose compiled machine would be huge are refused at load, with their location. */
class PatternLimitTest {

    @TempDir
    Path tmp;

    @Test
    void sizes() {
        assertEquals(3, PatternLimit.expandedSize("abc"));
        assertEquals(1000, PatternLimit.expandedSize("a{1000}"));
        assertEquals(1002, PatternLimit.expandedSize("(ab){500,501}"));
        assertEquals(PatternLimit.MAX_SIZE + 1, PatternLimit.expandedSize("((a{1000}){1000}){1000}"));
        assertEquals(PatternLimit.MAX_SIZE + 1, PatternLimit.expandedSize("(?i:(?:x|y{100}){100}){100}"));
        assertEquals(PatternLimit.MAX_SIZE + 1, PatternLimit.expandedSize("(\\Q" + "a".repeat(100) + "\\E){1000}"));
        assertEquals(2, PatternLimit.expandedSize("[{1000}]b"), "a class is one atom");
        assertEquals(5, PatternLimit.expandedSize("x{,5}"), "braces that are no count are literals");
        assertEquals(4, PatternLimit.expandedSize("a|b|cd"));
    }

    /** Every built-in pattern is well under the limit (so the limit stops hostile patterns, not ours). */
    @Test
    void builtInPatternsAreFarBelowTheLimit() throws Exception {
        long largest = 0;
        int seen = 0;
        try (Stream<Path> files = Files.walk(Project.dir().resolve("lexicons"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String t = line.trim();
                    if (t.startsWith("pattern: '") && t.endsWith("'")) {
                        String p = t.substring(10, t.length() - 1).replace("''", "'");
                        largest = Math.max(largest, PatternLimit.expandedSize(p));
                        seen++;
                    }
                }
            }
        }
        assertTrue(seen > 0, "no built-in patterns found");
        assertTrue(largest * 3 < PatternLimit.MAX_SIZE, "largest built-in pattern size " + largest);
    }

    @Test
    void aHugeRepetitionIsALoadErrorWithFileLineColumnAndExit2() throws Exception {
        Path lex = tmp.resolve("mine.yaml");
        Files.writeString(lex, """
                id: mine
                version: 1.0.0
                kind: boilerplate
                description: test
                provenance: test
                entries:
                  - id: promo.huge
                    category: promo
                    pattern: '((a{1000}){1000}){1000}'
                    rationale: r
                    examples: {match: [aa], no_match: [b]}
                """);
        long start = System.nanoTime();
        CliRun r = CliRun.run("analyze", "--quiet", "--lexicon", lex.toString(), Project.seed("000").toString());
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "refused before any machine is built");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: " + lex.toString().replace('\\', '/') + ":9:14: pattern too large"), r.err());
    }

    @Test
    void aTooLongPatternIsRefused() {
        ConfigNode n = org.slant.config.ConfigReader.parse("x.yaml", "pattern: '" + "a".repeat(PatternLimit.MAX_LENGTH + 1) + "'\n")
                .require("pattern");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.slant.config.ConfigException.class, () -> PatternLimit.compile(n));
        assertTrue(e.getMessage().startsWith("x.yaml:1:10: pattern too long"), e.getMessage());
    }
}
