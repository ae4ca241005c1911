package org.slant.lexicon;

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
        // the tables in locals: the launcher's compiler (C1) reads a field again on every character (issue 21)
        byte[] flags = this.flags;
        int[] next = this.next;
        int[] classOf = this.classOf;
        int width = this.width;
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

    /** Patterns with a larger automaton get no filter: its closures would cost more than they save. */
    private static final int MAX_NFA_STATES = 4000;

    private static PatternFilter build(PatternSyntax n) throws PatternSyntax.Unsupported {
        int states = n.sets.size();
        if (states > MAX_NFA_STATES) {
            throw new PatternSyntax.Unsupported("automaton too large");
        }
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
        // a set of NFA states is known by its states that read a symbol or accept: the others only lead there
        BitSet keep = new BitSet(states);
        for (int t = 0; t < states; t++) {
            if (n.sets.get(t) != null) {
                keep.set(t);
            }
        }
        keep.set(n.acceptNow);
        keep.set(n.acceptAtEnd);
        // closures are needed only where a symbol leads, and at the two starts
        BitSet[] closures = new BitSet[states];
        int[] stack = new int[states];
        for (int t = 0; t < states; t++) {
            if (n.sets.get(t) != null) {
                int u = n.targets.get(t);
                if (closures[u] == null) {
                    closures[u] = closure(n, u, keep, stack);
                }
            }
        }
        closures[n.floatingStart] = closure(n, n.floatingStart, keep, stack);
        closures[n.anchoredStart] = closure(n, n.anchoredStart, keep, stack);
        // per reading state: the symbol classes it reads, and where it goes
        int[][] reads = new int[states][];
        int[] targets = new int[states];
        for (int t = 0; t < states; t++) {
            BitSet set = n.sets.get(t);
            if (set != null) {
                reads[t] = java.util.stream.IntStream.range(0, width).filter(k -> set.get(representative.get(k)))
                        .toArray();
                targets[t] = n.targets.get(t);
            }
        }
        BitSet restart = closures[n.floatingStart];
        BitSet start = (BitSet) closures[n.anchoredStart].clone();
        start.or(restart);
        Map<BitSet, Integer> ids = new HashMap<>();
        List<BitSet> dfa = new ArrayList<>();
        ids.put(start, 0);
        dfa.add(start);
        List<int[]> rows = new ArrayList<>();
        BitSet[] to = new BitSet[width];
        for (int d = 0; d < dfa.size(); d++) {
            BitSet from = dfa.get(d);
            java.util.Arrays.fill(to, null);
            for (int t = from.nextSetBit(0); t >= 0; t = from.nextSetBit(t + 1)) {
                if (reads[t] != null) {
                    for (int k : reads[t]) {
                        if (to[k] == null) {
                            to[k] = (BitSet) restart.clone();
                        }
                        to[k].or(closures[targets[t]]);
                    }
                }
            }
            int[] row = new int[width];
            for (int k = 0; k < width; k++) {
                if (to[k] == null) {
                    to[k] = restart;   // no move on this class: back to (only) the floating start
                }
                Integer id = ids.get(to[k]);
                if (id == null) {
                    if (dfa.size() >= MAX_STATES) {
                        throw new PatternSyntax.Unsupported(TOO_LARGE);
                    }
                    id = dfa.size();
                    ids.put(to[k], id);
                    dfa.add(to[k]);
                }
                row[k] = id;
            }
            rows.add(row);
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

    /** The states reachable from {@code from} by empty moves, those of {@code keep} only. */
    private static BitSet closure(PatternSyntax n, int from, BitSet keep, int[] stack) {
        BitSet seen = new BitSet(n.sets.size());
        seen.set(from);
        int top = 0;
        stack[top++] = from;
        while (top > 0) {
            int s = stack[--top];
            for (int t : n.eps.get(s)) {
                if (!seen.get(t)) {
                    seen.set(t);
                    stack[top++] = t;
                }
            }
        }
        seen.and(keep);
        return seen;
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
