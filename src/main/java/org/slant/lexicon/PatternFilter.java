package org.slant.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic automaton that says in one pass, one table read per character, when an RE2/J pattern cannot
 * find a match in a text: RE2/J simulates the pattern's NFA (many states per character, the largest share of
 * rule matching on real text, issue 21), while most texts a rule is tried on hold no match. It accepts a
 * superset of the pattern's matches ({@link PatternSyntax}), so {@code mayFind == false} is exact and
 * {@code true} means "run the pattern": findings never change. Built ahead of time, immutable, shared between
 * threads. No library was added for this: dk.brics.automaton and Lucene's automata read their own syntax,
 * without RE2's \b, \p{..} or (?i), so a translator was needed either way, and over this 129-symbol alphabet
 * (ASCII and "any other character") the subset construction is a few dozen lines.
 */
public final class PatternFilter {

    /** Patterns whose automaton would have more states than this get no filter (the pattern always runs). */
    private static final int MAX_STATES = 1000;
    private static final byte NOW = 1;
    private static final byte AT_END = 2;
    private static final byte DEAD = 4;

    /** symbol (ASCII char, or 128 for any other) -> class of symbols that move alike */
    private final int[] classOf;
    private final int width;
    private final int[] next;
    private final byte[] flags;

    private PatternFilter(int[] classOf, int width, int[] next, byte[] flags) {
        this.classOf = classOf;
        this.width = width;
        this.next = next;
        this.flags = flags;
    }

    /** A filter that always says "may": for a pattern {@link #of} cannot read. */
    public static final PatternFilter ANY = new PatternFilter(new int[PatternSyntax.SYMBOLS], 1, new int[1],
            new byte[]{NOW});

    /** The filter of an RE2 pattern, or null when its syntax is outside the subset or its automaton too large. */
    public static PatternFilter of(String pattern) {
        // counted repeats unrolled up to 3, else (too many states) made unbounded: a coarser superset
        for (int unroll : new int[]{3, 1}) {
            try {
                return build(new PatternSyntax(pattern, unroll));
            } catch (PatternSyntax.Unsupported e) {
                if (!e.getMessage().equals(TOO_LARGE)) {
                    return null;
                }
            }
        }
        return null;
    }

    private static final String TOO_LARGE = "too many states";

    /**
     * False when the pattern surely finds no match in {@code c[from, to)} (taken as the whole text: '^' and '$'
     * are its ends); true when it may.
     */
    public boolean mayFind(char[] c, int from, int to) {
        int s = 0;
        if ((flags[0] & NOW) != 0) {
            return true;
        }
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch >= 0xDC00 && ch <= 0xDFFF) {
                if (i > from && Character.isHighSurrogate(c[i - 1])) {
                    continue;   // the second half of a character already read as one symbol
                }
                return true;    // RE2 reads a lone half as U+FFFD; not worth modelling
            }
            s = next[s * width + classOf[ch < 128 ? ch : PatternSyntax.OTHER]];
            byte f = flags[s];
            if (f != 0) {
                if ((f & NOW) != 0) {
                    return true;
                }
                if ((f & DEAD) != 0) {
                    return false;
                }
            }
        }
        return (flags[s] & AT_END) != 0;
    }

    private static PatternFilter build(PatternSyntax n) throws PatternSyntax.Unsupported {
        int states = n.sets.size();
        // symbols that every distinct set treats alike share a class
        List<BitSet> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(
                n.sets.stream().filter(java.util.Objects::nonNull).toList()));
        Map<String, Integer> signatures = new HashMap<>();
        int[] classOf = new int[PatternSyntax.SYMBOLS];
        List<Integer> representative = new ArrayList<>();
        char[] sig = new char[distinct.size()];
        for (int a = 0; a < PatternSyntax.SYMBOLS; a++) {
            for (int i = 0; i < sig.length; i++) {
                sig[i] = distinct.get(i).get(a) ? '1' : '0';
            }
            Integer k = signatures.putIfAbsent(new String(sig), signatures.size());
            if (k == null) {
                k = signatures.size() - 1;
                representative.add(a);
            }
            classOf[a] = k;
        }
        int width = representative.size();
        BitSet[] closures = new BitSet[states];
        for (int t = 0; t < states; t++) {
            closures[t] = closure(n, single(t, states));
        }
        BitSet restart = closures[n.floatingStart];
        BitSet start = (BitSet) closures[n.anchoredStart].clone();
        start.or(restart);
        BitSet[] sets = n.sets.toArray(new BitSet[0]);
        int[] targets = n.targets.stream().mapToInt(Integer::intValue).toArray();
        Map<BitSet, Integer> ids = new HashMap<>();
        List<BitSet> dfa = new ArrayList<>();
        ids.put(start, 0);
        dfa.add(start);
        List<int[]> rows = new ArrayList<>();
        ArrayDeque<Integer> work = new ArrayDeque<>(List.of(0));
        while (!work.isEmpty()) {
            int d = work.poll();
            BitSet from = dfa.get(d);
            int[] row = new int[width];
            while (rows.size() <= d) {
                rows.add(null);
            }
            rows.set(d, row);
            for (int k = 0; k < width; k++) {
                int a = representative.get(k);
                BitSet to = (BitSet) restart.clone();
                for (int s = from.nextSetBit(0); s >= 0; s = from.nextSetBit(s + 1)) {
                    BitSet set = sets[s];
                    if (set != null && set.get(a)) {
                        to.or(closures[targets[s]]);
                    }
                }
                Integer id = ids.get(to);
                if (id == null) {
                    if (dfa.size() >= MAX_STATES) {
                        throw new PatternSyntax.Unsupported(TOO_LARGE);
                    }
                    id = dfa.size();
                    ids.put(to, id);
                    dfa.add(to);
                    work.add(id);
                }
                row[k] = id;
            }
        }
        int[] next = new int[dfa.size() * width];
        byte[] flags = new byte[dfa.size()];
        for (int d = 0; d < dfa.size(); d++) {
            System.arraycopy(rows.get(d), 0, next, d * width, width);
            BitSet set = dfa.get(d);
            if (set.get(n.acceptNow)) {
                flags[d] |= NOW;
            }
            if (set.get(n.acceptAtEnd)) {
                flags[d] |= AT_END;
            }
            if (!n.floating && set.equals(restart)) {
                flags[d] |= DEAD;
            }
        }
        return new PatternFilter(classOf, width, next, flags);
    }

    private static BitSet single(int s, int states) {
        BitSet b = new BitSet(states);
        b.set(s);
        return b;
    }

    private static BitSet closure(PatternSyntax n, BitSet seed) {
        BitSet out = (BitSet) seed.clone();
        int[] stack = new int[n.sets.size()];
        int top = 0;
        for (int s = seed.nextSetBit(0); s >= 0; s = seed.nextSetBit(s + 1)) {
            stack[top++] = s;
        }
        while (top > 0) {
            int s = stack[--top];
            for (int t : n.eps.get(s)) {
                if (!out.get(t)) {
                    out.set(t);
                    stack[top++] = t;
                }
            }
        }
        return out;
    }

    /** The automaton's size (states, symbol classes), for tests. */
    int[] size() {
        return new int[]{flags.length, width};
    }

    @Override
    public String toString() {
        return "PatternFilter" + Arrays.toString(size());
    }
}
