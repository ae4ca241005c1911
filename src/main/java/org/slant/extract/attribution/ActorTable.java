package org.slant.extract.attribution;

import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, Person> byKey;
    private final int maxWords;

    private ActorTable(Map<String, Person> byKey, int maxWords) {
        this.byKey = byKey;
        this.maxWords = maxWords;
    }

    private static final class Shipped {
        static final ActorTable TABLE = load();

        private static ActorTable load() {
            try (InputStream in = ActorTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return new ActorTable(Map.of(), 0); // a build without the resource still runs, with no table
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The table shipped in the jar (read on first call). */
    public static ActorTable shipped() {
        return Shipped.TABLE;
    }

    /** Reads the table format: {@code #} comment lines, then {@code key TAB country TAB party}. */
    public static ActorTable read(Reader reader) throws IOException {
        Map<String, Person> map = new HashMap<>(1 << 17);
        Map<String, Person> interned = new HashMap<>();
        int max = 0;
        BufferedReader r = new BufferedReader(reader);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            if (a <= 0 || b < 0) {
                throw new IOException("bad actor table line: " + line);
            }
            String key = line.substring(0, a);
            Person p = new Person(line.substring(a + 1, b), line.substring(b + 1));
            map.put(key, interned.computeIfAbsent(p.country() + "\t" + p.party(), k -> p));
            int words = 1;
            for (int k = 0; k < key.length(); k++) {
                words += key.charAt(k) == ' ' ? 1 : 0;
            }
            max = Math.max(max, words);
        }
        return new ActorTable(Map.copyOf(map), max);
    }

    /** The person with this full name, or null. */
    public Person find(String key) {
        return byKey.get(key);
    }

    public int size() {
        return byKey.size();
    }

    /** The longest name the table holds, in words. */
    public int maxWords() {
        return maxWords;
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
