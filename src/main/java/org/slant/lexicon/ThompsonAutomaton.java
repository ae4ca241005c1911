package org.slant.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A Thompson automaton under construction, over {@link PatternSyntax}'s alphabet: states with one symbol move
 * and epsilon moves, and the fragments a parser joins. A fragment is {@code {start, end, first state, last
 * state}}, its states numbered consecutively so that it can be copied for a counted repeat. What
 * {@link PatternSyntax} reads the pattern into, and what {@link PatternFilter} turns into a DFA.
 */
abstract class ThompsonAutomaton {

    /** The automaton: per state, one symbol move (set, target; null set: none) and epsilon moves. */
    final List<BitSet> sets = new ArrayList<>();
    final List<Integer> targets = new ArrayList<>();
    final List<List<Integer>> eps = new ArrayList<>();

    final int state() {
        sets.add(null);
        targets.add(-1);
        eps.add(new ArrayList<>(2));
        return sets.size() - 1;
    }

    final void link(int from, int to) {
        eps.get(from).add(to);
    }

    /**
     * Copies of the fragment: {@code min} required, then {@code max - min} optional (max -1: a loop). The
     * copies are made from the untouched fragment before any of them is linked.
     */
    final int[] repeat(int[] f, int min, int max) {
        int lo = sets.size();
        int n = Math.max(1, max < 0 ? min + 1 : max);
        int[][] c = new int[n][];
        c[0] = f;
        for (int i = 1; i < n; i++) {
            c[i] = copy(f);
        }
        int start = state();
        int end = start;
        for (int i = 0; i < min; i++) {
            link(end, c[i][0]);
            end = c[i][1];
        }
        int exit = state();
        if (max < 0) {
            int[] loop = c[min];
            link(end, loop[0]);
            link(loop[1], loop[0]);
            link(loop[1], exit);
        } else {
            for (int i = min; i < max; i++) {
                link(end, exit);
                link(end, c[i][0]);
                end = c[i][1];
            }
        }
        link(end, exit);
        return new int[]{start, exit, Math.min(f[2], lo), sets.size() - 1};
    }

    /** A copy of a fragment: its states are {@code [f[2], f[3]]}, numbered consecutively, linked only inside. */
    final int[] copy(int[] f) {
        int lo = f[2];
        int hi = f[3];
        int base = sets.size() - lo;
        for (int s = lo; s <= hi; s++) {
            state();
        }
        for (int s = lo; s <= hi; s++) {
            sets.set(s + base, sets.get(s));
            targets.set(s + base, targets.get(s) < 0 ? -1 : targets.get(s) + base);
            for (int t : eps.get(s)) {
                eps.get(s + base).add(t + base);
            }
        }
        return new int[]{f[0] + base, f[1] + base, lo + base, hi + base};
    }

    final int[] symbol(BitSet set) {
        int lo = sets.size();
        int a = state();
        int b = state();
        sets.set(a, set);
        targets.set(a, b);
        return new int[]{a, b, lo, b};
    }
}
