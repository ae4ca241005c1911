package org.slant.extract.attribution;

import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The general actor table: full names of public people (legislators of many countries, US members of
 * Congress, presidents and vice-presidents) mapped to their country and, in the US, their party. Built by
 * {@code slant train actors} from the public data in {@code ../shared/data/actors} (its provenance heads
 * the resource); names that the data give to people of two countries are not in it. Only full names (two
 * words or more) are keys: a bare surname is not a person until the article has named them in full.
 * Loaded once, on first use, so that runs that never look a name up do not pay for it.
 */
public final class ActorTable {

    public static final String RESOURCE = "/actors/people-v1.tsv";

    /** One person's country (ISO 3166-1 alpha-2) and US party ({@code R}, {@code D}, or empty when none or not US). */
    public record Person(String country, String party) {
    }

    /** The file's text and the start of each data line, in key order (the builder writes it sorted; ActorTableTest checks that every key is found), for binary search. */
    private final String text;
    private final int[] lines;
    /** The same text as chars: the binary search compares here, since {@code String.charAt} on a text with non-Latin-1 names checks its index on every char (7% of a real-text profile). */
    private final char[] chars;
    /** The whole-word prefixes of the keys (each key too), by their {@code String.hashCode}: see {@link #anyStartingWith}. */
    private final PrefixHashes prefixes;

    private ActorTable(String text, int[] lines) {
        this.text = text;
        this.lines = lines;
        this.chars = text.toCharArray();
        this.prefixes = PrefixHashes.of(chars, lines);
    }

    private static final class Shipped {
        static final ActorTable TABLE = load();

        private static ActorTable load() {
            try (InputStream in = ActorTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return new ActorTable("", new int[0]); // a build without the resource runs, with no table
                }
                return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The table shipped in the jar (read on first call). */
    public static ActorTable shipped() {
        return Shipped.TABLE;
    }

    /**
     * Reads the table format: {@code #} comment lines, then {@code key TAB country TAB party} lines sorted by
     * key. No map is built: start-up pays one pass over the text, and a look-up is a binary search.
     */
    public static ActorTable read(String text) throws IOException {
        int[] lines = new int[1024];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            if (eol > i && text.charAt(i) != '#') {
                int tab = text.indexOf('\t', i);
                if (tab <= i || tab >= eol) {
                    throw new IOException("bad actor table line: " + text.substring(i, eol));
                }
                if (count == lines.length) {
                    lines = Arrays.copyOf(lines, count * 2);
                }
                lines[count++] = i;
            }
            i = eol + 1;
        }
        return new ActorTable(text, Arrays.copyOf(lines, count));
    }

    /** Compares the key of the line at {@code line} with {@code key[from, from + len)} (String order). */
    private static int compare(char[] text, int line, String key, int from, int len) {
        for (int k = 0; ; k++) {
            char a = text[line + k];
            boolean aEnd = a == '\t';
            boolean bEnd = k == len;
            if (aEnd || bEnd) {
                return aEnd && bEnd ? 0 : aEnd ? -1 : 1;
            }
            char b = key.charAt(from + k);
            if (a != b) {
                return a - b;
            }
        }
    }

    /** The person with this full name, or null. */
    public Person find(String key) {
        int lo = 0;
        int hi = lines.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(chars, lines[mid], key, 0, key.length());
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                int tab = lines[mid] + key.length();
                int tab2 = text.indexOf('\t', tab + 1);
                int eol = text.indexOf('\n', tab2);
                return new Person(text.substring(tab + 1, tab2), text.substring(tab2 + 1, eol < 0 ? text.length() : eol));
            }
        }
        return null;
    }

    /**
     * Whether some name starts with these whole words: stops a look-up early. One probe of the prefixes' hashes,
     * where a binary search over the lines cost about 15 comparisons of characters far apart in memory (5% of
     * the real-text profile, issue 21). {@code false} is exact; {@code true} is, but for a prefix whose hash
     * equals one of a real prefix (rare), which costs a caller that then looks the longer name up with
     * {@link #find} one more look-up and never a different answer: no name starts with a prefix of no name.
     */
    public boolean anyStartingWith(String prefix) {
        return prefixes.contains(prefix.hashCode());
    }

    /**
     * As {@link #anyStartingWith(String)} for the prefix whose {@code String.hashCode} is {@code hash}, of
     * {@code words} words: a caller that grows a key a word at a time keeps its hash and makes no string. For
     * one word it may also say false where a word of another prefix's hash would say true; then no name starts
     * with that word, so no look-up could have found one.
     */
    boolean anyStartingWith(int hash, int words) {
        return words == 1 ? prefixes.containsFirst(hash) : prefixes.contains(hash);
    }

    public int size() {
        return lines.length;
    }

    /** The table key of a name: its words' matching forms (lower case, no accents), one space apart. */
    public static String key(String name) {
        List<Token> tokens = Tokenizer.tokenize(name);
        return key(tokens, 0, tokens.size());
    }

    /** The table key of the word tokens in {@code [from, to)}. */
    public static String key(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.WORD) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(t.norm());
            }
        }
        return b.toString();
    }
}
