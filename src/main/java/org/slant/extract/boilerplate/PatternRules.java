package org.slant.extract.boilerplate;

import org.slant.lexicon.PatternFilter;

import java.util.List;

/**
 * The pattern rules of the boilerplate lexicons, tried on one block at a time. A rule fires when the block's
 * length is in its range, the lower-cased block holds one of its triggers (when it has any), and its RE2/J
 * pattern finds a match; an automaton ({@link PatternFilter}) rules most blocks out before RE2/J runs.
 * <p>
 * Those conditions are tested in the order that costs least, which does not change what fires: a block's rules
 * come from its length's band ({@link WordBands}); a pattern anchored at the block's start has its filter run
 * first (it rules a block out within a few characters) and its triggers looked for only once its pattern has
 * matched, which is rare; the other patterns' triggers are found for all of them in one pass of {@link Triggers}
 * over the block, made only when one of them applies. Paragraphs longer than any unanchored pattern's range, a
 * fifth of a news text's characters, are then not scanned at all, and the scan's automaton has only the
 * unanchored patterns' triggers (issue 21).
 */
final class PatternRules {

    private final List<Rule> patterns;
    private final WordBands bands;
    /** per band: whether the trigger pass is made (two or more of its rules are {@link #scanned}) */
    private final boolean[] bandScans;
    /**
     * per rule: its triggers are found by the pass, in a band that makes it, before its filter runs (false: they
     * are looked for after a match)
     */
    private final boolean[] scanned;
    /** per rule anchored at the block's start: the characters a match may start with (null for the others) */
    private final boolean[][] first;
    private final Triggers triggers;
    /** per rule: the automaton that rules blocks out before RE2/J runs (null until first used) */
    private final PatternFilter[] filters;

    PatternRules(List<Rule> patterns) {
        this.patterns = List.copyOf(patterns);
        int n = patterns.size();
        bands = new WordBands(this.patterns);
        scanned = new boolean[n];
        first = new boolean[n][];
        for (int i = 0; i < n; i++) {
            com.google.re2j.Pattern p = patterns.get(i).pattern();
            // a pattern with flags gets no filter (see filter): its triggers must rule blocks out first
            first[i] = p.flags() == 0 ? PatternFilter.firstChars(p.pattern()) : null;
            scanned[i] = !patterns.get(i).triggers().isEmpty() && first[i] == null;
        }
        // one pass for two rules or more; a single rule's filter costs no more than the pass would
        bandScans = new boolean[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            int k = 0;
            for (int i : bands.rules(b)) {
                k += scanned[i] ? 1 : 0;
            }
            bandScans[b] = k >= 2;
        }
        triggers = new Triggers(this.patterns, scanned);
        filters = new PatternFilter[n];
    }

    /**
     * Adds a hit for each pattern rule that fires on block {@code b}, whose characters are {@code chars[from, to)}:
     * in the rules' order.
     */
    void match(char[] chars, int from, int to, BlockText b, List<RuleHit> out) {
        int band = bands.of(b.words());
        long[] found = bandScans[band] ? triggers.rules(chars, from, to, b.text()) : null;
        String lowered = null;
        for (int i : bands.rules(band)) {
            boolean passed = scanned[i] && found != null;
            if (passed && !Triggers.has(found, i)) {
                continue;
            }
            boolean[] f = first[i];
            if (f != null && from < to && !PatternFilter.mayStartWith(f, chars[from])) {
                continue;
            }
            // the automaton rules most blocks out in one pass; RE2/J runs only where a match may be
            if (!filter(i).mayFind(chars, from, to)) {
                continue;
            }
            Rule r = patterns.get(i);
            com.google.re2j.Matcher m = r.pattern().matcher(b.text());
            if (!m.find()) {
                continue;
            }
            if (!passed && !r.triggers().isEmpty()) {
                if (lowered == null) {
                    lowered = Triggers.lowered(b.text());
                }
                if (!contains(lowered, r.triggers())) {
                    continue;
                }
            }
            out.add(new RuleHit(r, m.end() - m.start()));
        }
    }

    private static boolean contains(String lowered, List<String> triggers) {
        for (String t : triggers) {
            if (lowered.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pattern rule {@code i}'s automaton, built on first use (most runs try few patterns on few blocks, and a
     * one-article run should not pay for all). Threads may race to build it: they build the same immutable
     * filter, and its final fields make a racy read safe.
     */
    private PatternFilter filter(int i) {
        PatternFilter f = filters[i];
        if (f == null) {
            com.google.re2j.Pattern p = patterns.get(i).pattern();
            f = p.flags() == 0 ? PatternFilter.of(p.pattern()) : null;
            f = f == null ? PatternFilter.ANY : f;
            filters[i] = f;
        }
        return f;
    }
}
