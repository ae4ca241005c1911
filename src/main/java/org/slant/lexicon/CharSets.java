package org.slant.lexicon;

import java.util.BitSet;

/**
 * The character sets of RE2 syntax over {@link PatternSyntax}'s alphabet: exact on ASCII (as RE2 defines
 * them: Perl classes are ASCII, case folding pairs ASCII letters and adds U+212A to k and U+017F to s), and
 * {@link PatternSyntax#OTHER} whenever some non-ASCII character could be in the set. Exactness on ASCII is what
 * lets a negated class stay a superset: its complement is taken on ASCII, and OTHER is always in it.
 */
final class CharSets {

    private static final int OTHER = PatternSyntax.OTHER;

    private CharSets() {
    }

    static BitSet literal(int cp, boolean fold) {
        BitSet s = new BitSet(PatternSyntax.SYMBOLS);
        add(s, cp, cp, fold);
        return s;
    }

    static BitSet dot(boolean nl) {
        BitSet s = new BitSet(PatternSyntax.SYMBOLS);
        s.set(0, 128);
        if (!nl) {
            s.clear('\n');
        }
        s.set(OTHER);
        return s;
    }

    /** Characters {@code [lo, hi]}, with their case partners when folding. */
    private static void add(BitSet s, int lo, int hi, boolean fold) {
        for (int c = lo; c <= Math.min(hi, 127); c++) {
            s.set(c);
            if (fold && Character.isLetter(c)) {
                s.set(Character.isUpperCase(c) ? c + 32 : c - 32);
            }
        }
        if (hi >= 128) {
            s.set(OTHER);
            if (fold && lo <= 0x212A && hi >= 0x212A) {
                s.set('k');
                s.set('K');
            }
            if (fold && lo <= 0x017F && hi >= 0x017F) {
                s.set('s');
                s.set('S');
            }
        }
        if (fold && (s.get('k') || s.get('K') || s.get('s') || s.get('S'))) {
            s.set(OTHER);
        }
    }

    /** A bracketed class {@code [...]} starting at the parser's position. */
    static BitSet bracket(PatternSyntax ps) throws PatternSyntax.Unsupported {
        String p = ps.pattern();
        int at = ps.position() + 1;
        boolean negated = at < p.length() && p.charAt(at) == '^';
        if (negated) {
            at++;
        }
        BitSet s = new BitSet(PatternSyntax.SYMBOLS);
        boolean first = true;
        while (true) {
            if (at >= p.length()) {
                throw new PatternSyntax.Unsupported("unclosed class");
            }
            char c = p.charAt(at);
            if (c == ']' && !first) {
                at++;
                break;
            }
            first = false;
            if (c == '[' && p.startsWith("[:", at)) {
                throw new PatternSyntax.Unsupported("POSIX class");
            }
            int lo;
            if (c == '\\') {
                ps.position(at);
                BitSet e = escape(ps, true);
                at = ps.position();
                int single = single(e);
                if (single < 0 || e.get(OTHER)) {
                    s.or(e);   // a class escape (or a non-ASCII escaped character: no range from it)
                    continue;
                }
                lo = single;
            } else {
                lo = p.codePointAt(at);
                at += Character.charCount(lo);
            }
            int hi = lo;
            if (at + 1 < p.length() && p.charAt(at) == '-' && p.charAt(at + 1) != ']') {
                at++;
                if (p.charAt(at) == '\\') {
                    ps.position(at);
                    int single = single(escape(ps, true));
                    at = ps.position();
                    if (single < 0) {
                        throw new PatternSyntax.Unsupported("bad range");
                    }
                    hi = single;
                } else {
                    hi = p.codePointAt(at);
                    at += Character.charCount(hi);
                }
            }
            add(s, lo, hi, ps.folding());
        }
        ps.position(at);
        return negated ? complement(s) : s;
    }

    /** The complement on ASCII, with every other character. */
    private static BitSet complement(BitSet s) {
        BitSet n = new BitSet(PatternSyntax.SYMBOLS);
        n.set(0, 128);
        n.andNot(s);
        n.set(OTHER);
        return n;
    }

    /** The one ASCII character of a set, or -1. */
    private static int single(BitSet e) {
        int c = e.nextSetBit(0);
        return c >= 0 && c < 128 && e.cardinality() == 1 ? c : -1;
    }

    /**
     * An escape at the parser's position: its set, or null for an empty-width one (\b, \B, \A, \z), which a
     * class may not hold.
     */
    static BitSet escape(PatternSyntax ps, boolean inClass) throws PatternSyntax.Unsupported {
        String p = ps.pattern();
        int at = ps.position() + 1;
        if (at >= p.length()) {
            throw new PatternSyntax.Unsupported("trailing \\");
        }
        char c = p.charAt(at++);
        boolean fold = ps.folding();
        BitSet s = new BitSet(PatternSyntax.SYMBOLS);
        switch (c) {
            case 'd', 'D' -> s.set('0', '9' + 1);
            case 's', 'S' -> {
                for (char x : new char[]{'\t', '\n', '\f', '\r', ' '}) {
                    s.set(x);
                }
            }
            case 'w', 'W' -> {
                s.set('0', '9' + 1);
                s.set('a', 'z' + 1);
                s.set('A', 'Z' + 1);
                s.set('_');
                if (fold) {
                    s.set(OTHER);   // U+017F and U+212A fold to s and k
                }
            }
            case 'p', 'P' -> {
                String name;
                if (at < p.length() && p.charAt(at) == '{') {
                    int close = p.indexOf('}', at);
                    if (close < 0) {
                        throw new PatternSyntax.Unsupported("unclosed \\p{");
                    }
                    name = p.substring(at + 1, close);
                    at = close + 1;
                } else if (at < p.length()) {
                    name = String.valueOf(p.charAt(at++));
                } else {
                    throw new PatternSyntax.Unsupported("bad \\p");
                }
                boolean neg = c == 'P';
                if (name.startsWith("^")) {
                    neg = !neg;
                    name = name.substring(1);
                }
                s = CharCategories.category(name, fold);
                ps.position(at);
                return neg ? complement(s) : s;
            }
            case 'b', 'B', 'A', 'z' -> {
                if (inClass) {
                    throw new PatternSyntax.Unsupported("\\" + c + " in a class");
                }
                ps.position(at);
                return null;
            }
            case 'n' -> s.set('\n');
            case 't' -> s.set('\t');
            case 'r' -> s.set('\r');
            case 'f' -> s.set('\f');
            case 'v' -> s.set(0x0B);
            case 'a' -> s.set(0x07);
            case 'x' -> {
                int end;
                int cp;
                if (at < p.length() && p.charAt(at) == '{') {
                    end = p.indexOf('}', at);
                    cp = parseHex(p, at + 1, end);
                    end++;
                } else {
                    end = at + 2;
                    cp = parseHex(p, at, end);
                }
                at = end;
                add(s, cp, cp, fold);
            }
            default -> {
                if (c < 128 && !Character.isLetterOrDigit(c)) {
                    s.set(c);   // escaped punctuation
                } else {
                    throw new PatternSyntax.Unsupported("escape \\" + c);
                }
            }
        }
        ps.position(at);
        return c == 'D' || c == 'S' || c == 'W' ? complement(s) : s;
    }

    private static int parseHex(String p, int from, int to) throws PatternSyntax.Unsupported {
        try {
            return Integer.parseInt(p.substring(from, to), 16);
        } catch (RuntimeException e) {
            throw new PatternSyntax.Unsupported("bad \\x");
        }
    }
}
