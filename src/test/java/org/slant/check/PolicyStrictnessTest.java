package org.slant.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slant.testing.CliRun;
import org.slant.testing.Project;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and careless policies: exit 2 with one line file:line:column, or a normal run; never a crash. */
class PolicyStrictnessTest {

    @TempDir
    Path tmp;

    @Test
    void fiveThousandDoubleStarGlobsRunNormally() throws Exception {
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, "overrides:\n  - files: \"" + "**/".repeat(5000) + "*.txt\"\n"
                + "    rules:\n      terminology.loaded: error\n");
        CliRun r = CliRun.run("check", "--quiet", "--policy", p.toString(), Project.seed("000").toString());
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error"), r.err());
        assertTrue(r.out().contains("000_"), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "p.json|{'rules': {'terminology.loaded': 'error'},}|1:43|malformed JSON: a comma before '}'",
            "p.json|{'rules': {'terminology.loaded': 'error', 'terminology.loaded': 'off'}}|1:63|malformed JSON: Duplicate field",
            "p.json|[1]|1:1|a policy is a mapping",
            "p.yaml|rules: [a~|2:1|malformed file",
            "p.yaml|rules:~  terminology.loaded: eror~|2:23|unknown severity 'eror'",
            "p.yaml|rules:~  terminology.loaded: error~rules: {}~|3:1|duplicate key 'rules'",
            "p.yaml|description: [a, b]~|1:14|expected text, found a list",
            "p.yaml|overrides:~  - files: \"{a\\nb\"~    rules: {attribution: off}~|2:12|bad glob '{a\\nb': unclosed '{'"})
    void aMalformedPolicyExitsTwoWithItsLocation(String name, String text, String at, String message) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text.replace('\'', '"').replace('~', '\n'));
        CliRun r = CliRun.run("check", "--quiet", "--policy", p.toString(), Project.seed("000").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("slant: " + p.toString().replace('\\', '/') + ":" + at + ": " + message), r.err());
        assertEquals("", r.out());
    }
}
