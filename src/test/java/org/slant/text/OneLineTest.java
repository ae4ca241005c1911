package org.slant.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One error is one line: a file name with a line break or a terminal control cannot forge a second one. */
class OneLineTest {

    @TempDir
    Path tmp;

    @Test
    void breaksAndControlsAreEscapedEverythingElseKept() {
        assertEquals("a\\nslant: ok\\r\\t\\u001B[2J\\u202Eb", OneLine.of("a\nslant: ok\r\t\u001B[2J\u202Eb"));
        String plain = "reports/Kyiv – “talks” 😀.txt";
        assertSame(plain, OneLine.of(plain));
        assertEquals("x\\uD800y", OneLine.of("x\uD800y"));
    }

    @Test
    void aFileNamedWithANewlineGivesOneErrorLine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "The ministers met on Wednesday in Paris. They talked.\n");
        Files.write(in.resolve("bad\nslant: forged.txt"), new byte[]{(byte) 0xC3, 0x28});
        CliRun r = CliRun.run("analyze", "-q", in.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("/bad\\nslant: forged.txt: invalid UTF-8"), r.err());
        assertTrue(r.out().contains("1 articles, 1 errors"), r.out());
        // the article's id comes from its name too: the text summary keeps it on one line
        Files.writeString(in.resolve("bad\nslant: forged.txt"), "A second article.\n");
        CliRun two = CliRun.run("analyze", "-q", in.toString());
        assertEquals(0, two.code(), two.err());
        assertTrue(two.out().contains("bad\\nslant: forged  "), two.out());
    }

    @Test
    void anErrorOutsideTheBatchIsOneLineToo() {
        CliRun r = CliRun.run("check", "--policy", tmp.resolve("p\nslant: forged.yaml").toString(), tmp.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("p\\nslant: forged.yaml"), r.err());
    }
}
