package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorTableTest {

    @Test
    void everyKeyOfTheShippedTableIsFoundWithItsCountryAndParty() throws IOException {
        String text;
        try (InputStream in = ActorTable.class.getResourceAsStream(ActorTable.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ActorTable t = ActorTable.shipped();
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            lines++;
            String[] f = line.split("\t", -1);
            assertEquals(new ActorTable.Person(f[1], f[2]), t.find(f[0]), line);
            assertTrue(f[0].indexOf(' ') > 0, "full names only: " + line);
            assertTrue(t.anyStartingWith(f[0].substring(0, f[0].indexOf(' '))), line);
            assertTrue(t.anyStartingWith(f[0]), line);
            // by hash, as a caller growing a key a word at a time asks
            String first = f[0].substring(0, f[0].indexOf(' '));
            assertTrue(t.anyStartingWith(first.hashCode(), 1), line);
            assertTrue(t.anyStartingWith(f[0].hashCode(), f[0].split(" ").length), line);
        }
        assertEquals(lines, t.size());
    }

    @Test
    void keysAreWordFormsWithoutCaseOrAccents() throws IOException {
        assertEquals("jose maria aznar", ActorTable.key("José María AZNAR"));
        assertEquals("jon m huntsman", ActorTable.key("Jon M. Huntsman"));
        ActorTable t = ActorTable.read("# head\nann roe\tUS\tR\nbo li\tCN\t\n");
        assertEquals(new ActorTable.Person("US", "R"), t.find("ann roe"));
        assertEquals(new ActorTable.Person("CN", ""), t.find("bo li"));
        assertNull(t.find("ann"));
        assertNull(t.find("ann roe jr"));
        assertThrows(IOException.class, () -> ActorTable.read("no tab here\n"));
    }

    @Test
    void aLookUpGoesOnOnlyWhileSomeNameStartsWithTheseWholeWords() throws IOException {
        ActorTable t = ActorTable.read("# head\nann lee roe\tUS\tR\nann roe\tUS\tD\nbo li\tCN\t\n");
        assertTrue(t.anyStartingWith("ann"));
        assertTrue(t.anyStartingWith("ann lee"));
        assertTrue(t.anyStartingWith("bo li"));
        assertFalse(t.anyStartingWith("an"), "not a whole first word");
        assertFalse(t.anyStartingWith("lee"), "a second word is no start");
        assertFalse(t.anyStartingWith("ann li"));
        assertFalse(t.anyStartingWith("bo lin"));
        assertFalse(ActorTable.read("# only a header\n").anyStartingWith("ann"));
        for (String prefix : new String[]{"ann", "ann lee", "bo li", "an", "lee", "ann li", "bo lin", "roe"}) {
            int words = prefix.split(" ").length;
            assertEquals(t.anyStartingWith(prefix), t.anyStartingWith(prefix.hashCode(), words), prefix);
        }
    }
}
