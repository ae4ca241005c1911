package org.slant.lexicon;

import java.util.BitSet;

/**
 * Reads RE2 syntax into a Thompson automaton over a small alphabet: the 128 ASCII characters, exactly, and one
 * symbol ({@link #OTHER}) for every other character, which stands for all of them at once. The language is
 * a superset of the pattern's (never smaller): a non-ASCII character matches whatever any non-ASCII character
 * could match, word boundaries and inner anchors match everywhere, and long counted repeats become unbounded.
 * That is what {@link PatternFilter} needs to say "cannot match" safely. {@code ^} at the start and {@code $}
 * at the end of a top-level alternative are kept. Syntax outside the subset the lexicons use (multi-line
 * mode, \Q...\E, back-references, POSIX classes...) gives {@link Unsupported}.
 */
final class PatternSyntax extends ThompsonAutomaton {

    static final int OTHER = 128;
    static final int SYMBOLS = 129;
    /** Counted repeats up to this many are unrolled; longer ones are approximated by an unbounded repeat. */
    private final int unroll;

    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    final int anchoredStart;
    final int floatingStart;
    final int acceptNow;
    final int acceptAtEnd;
    boolean floating;

    private final String p;
    private int at;
    private boolean fold;
    private boolean dotNl;

    PatternSyntax(String pattern, int unroll) throws Unsupported {
        this.p = pattern;
        this.unroll = unroll;
        anchoredStart = state();
        floatingStart = state();
        acceptNow = state();
        acceptAtEnd = state();
        do {
            alternative();
        } while (at < p.length() && p.charAt(at++) == '|');
        if (at < p.length()) {
            throw new Unsupported("unbalanced ) at " + at);
        }
    }

    /** One top-level alternative, with its own anchors. */
    private void alternative() throws Unsupported {
        int start = state();
        int end = start;
        boolean anchored = false;
        boolean endAnchored = false;
        boolean any = false;
        while (at < p.length() && p.charAt(at) != '|') {
            char c = p.charAt(at);
            if (c == '^' && !any) {
                at++;
                anchored = true;
                continue;
            }
            if (c == '$') {
                at++;
                endAnchored = true;
                continue;
            }
            if (c == ')') {
                throw new Unsupported("unbalanced )");
            }
            int[] f = quantified();
            if (f != null) {
                link(end, f[0]);
                end = f[1];
                any = true;
                endAnchored = false;   // a $ before something else: taken as matching anywhere
            }
        }
        link(anchored ? anchoredStart : floatingStart, start);
        floating |= !anchored;
        link(end, endAnchored ? acceptAtEnd : acceptNow);
    }

    /** An atom and its quantifier, as {start, end, first state, last state}; null: empty width. */
    private int[] quantified() throws Unsupported {
        int[] f = atom();
        if (at >= p.length()) {
            return f;
        }
        int min;
        int max;
        char c = p.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
        } else if (c == '{' && counted()) {
            int close = p.indexOf('}', at);
            String[] nm = p.substring(at + 1, close).split(",", -1);
            at = close + 1;
            min = Integer.parseInt(nm[0]);
            max = nm.length == 1 ? min : nm[1].isEmpty() ? -1 : Integer.parseInt(nm[1]);
        } else {
            return f;
        }
        if (at < p.length() && p.charAt(at) == '?') {
            at++;   // lazy: the same language
        }
        if (f == null) {
            return null;
        }
        if (max > unroll) {
            max = -1;
        }
        min = Math.min(min, unroll);
        if (max == 0) {
            return null;
        }
        return repeat(f, min, max);
    }

    private boolean counted() {
        int close = p.indexOf('}', at);
        return close > at + 1 && p.substring(at + 1, close).matches("\\d+(,\\d*)?");
    }

    /** One atom: a group, a class, an escape, '.', or a character; null for an empty-width assertion. */
    private int[] atom() throws Unsupported {
        char c = p.charAt(at);
        if (c == '(') {
            return group();
        }
        if (c == '^' || c == '$') {
            at++;
            return null;   // an anchor inside: taken as matching anywhere (a superset)
        }
        if (c == '*' || c == '+' || c == '?' || c == '{' && counted()) {
            throw new Unsupported("nothing to repeat at " + at);
        }
        BitSet set;
        if (c == '[') {
            set = CharSets.bracket(this);
        } else if (c == '\\') {
            set = CharSets.escape(this, false);
            if (set == null) {
                return null;   // \b, \B, \A, \z: empty width
            }
        } else if (c == '.') {
            at++;
            set = CharSets.dot(dotNl);
        } else {
            at++;
            int cp = Character.codePointAt(p, at - 1);
            at += Character.charCount(cp) - 1;
            set = CharSets.literal(cp, fold);
        }
        return symbol(set);
    }

    /** A group: flags {@code (?i)} for the rest of the enclosing group, {@code (?i:...)}, named or numbered. */
    private int[] group() throws Unsupported {
        at++;
        boolean savedFold = fold;
        boolean savedDot = dotNl;
        if (p.startsWith("?", at)) {
            at++;
            if (p.startsWith("P<", at) || p.startsWith("<", at)) {
                at = p.indexOf('>', at) + 1;
                if (at == 0) {
                    throw new Unsupported("bad group name");
                }
            } else {
                boolean on = true;
                while (at < p.length() && p.charAt(at) != ':' && p.charAt(at) != ')') {
                    char f = p.charAt(at++);
                    switch (f) {
                        case '-' -> on = false;
                        case 'i' -> fold = on;
                        case 's' -> dotNl = on;
                        case 'U' -> { }   // ungreedy: the same language
                        default -> throw new Unsupported("flag " + f);
                    }
                }
                if (at >= p.length()) {
                    throw new Unsupported("unclosed group");
                }
                if (p.charAt(at++) == ')') {
                    return null;   // flags for the rest of the enclosing group: kept (restored by it)
                }
            }
        }
        int lo = sets.size();
        int start = state();
        int exit = state();
        while (true) {
            int s = state();
            int end = s;
            link(start, s);
            while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
                int[] f = quantified();
                if (f != null) {
                    link(end, f[0]);
                    end = f[1];
                }
            }
            link(end, exit);
            if (at >= p.length()) {
                throw new Unsupported("unclosed group");
            }
            if (p.charAt(at++) == ')') {
                break;
            }
        }
        fold = savedFold;
        dotNl = savedDot;
        return new int[]{start, exit, lo, sets.size() - 1};
    }

    // for CharSets
    String pattern() {
        return p;
    }

    int position() {
        return at;
    }

    void position(int to) {
        at = to;
    }

    boolean folding() {
        return fold;
    }
}
