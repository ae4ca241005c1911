package org.slant.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The shared array of a text: its characters, the same array for the same string, a new one for another. */
class RawCharsTest {

    @Test
    void sameStringSameArrayAnotherStringItsOwn() {
        String a = new String("The harbour wall \u201cheld\u201d.".toCharArray());
        char[] first = RawChars.of(a);
        assertArrayEquals(a.toCharArray(), first);
        assertSame(first, RawChars.of(a));
        String equal = new String(a.toCharArray());   // equal characters, another string
        char[] other = RawChars.of(equal);
        assertNotSame(first, other);
        assertArrayEquals(first, other);
        String b = "plain";
        assertArrayEquals(b.toCharArray(), RawChars.of(b));
        assertArrayEquals(a.toCharArray(), RawChars.of(a));   // asked again after another text: made again
    }
}
