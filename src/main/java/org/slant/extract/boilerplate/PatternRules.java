package org.slant.extract.boilerplate;

import org.slant.lexicon.PatternFilter;
import org.slant.lexicon.Triggers;

import java.util.List;

/**
 * The pattern rules of the boilerplate lexicons, tried on one block at a time. A rule fires when the block's
 * length is in its range, the lower-cased block holds one of its triggers (when it has any), and its RE2/J
 * pattern finds a match; an automaton ({@link PatternFilter}) rules most blocks out before RE2/J runs.
 * <p>
 * Those conditions are tested in the order that costs least, which does not change what fires: a block's rules
 * come from its length's band ({@link WordBands}) instead of asking each rule; where two or more of them have
 * patterns that may match anywhere, one pass of {@link Triggers} over the block finds which rules' triggers it
 * holds, before any filter runs; in the other bands (paragraphs of more than 60 words, about a fifth of a news
 * text's characters, whose few rules are mostly anchored at the block's start and stop within its first
 * characters) each filter runs first, and the triggers are looked for only in a block it lets through
 * (issue 21).
 */
final class PatternRules {

    private final List<Rule> patterns;
    private final WordBands bands;
    /** per band: whether the trigger pass is made (see the constructor) */
    private final boolean[] bandScans;
    private final Triggers triggers;
    /** per rule: the automaton that rules blocks out before RE2/J runs (null until first used) */
    private final PatternFilter[] filters;
    /** per rule: whether it has triggers */
    private final boolean[] hasTriggers;

    PatternRules(List<Rule> patterns) {
        this.patterns = List.copyOf(patterns);
        int n = patterns.size();
        bands = new WordBands(this.patterns);
        // The pass costs about what one filter costs on a block that holds no match of its pattern, where it reads
        // the whole block; a filter of a pattern anchored at the block's start stops within its first characters.
        // So a band of lengths makes the pass when two rules or more whose patterns are not anchored have
        // triggers: every band up to 60 words, not the paragraphs beyond (a guess from the pattern's first
        // characters decides only the cost, never what fires)
        bandScans = new boolean[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            int k = 0;
            for (int i : bands.rules(b)) {
                Rule r = patterns.get(i);
                k += !r.triggers().isEmpty() && !startsAnchored(r.pattern().pattern()) ? 1 : 0;
            }
            bandScans[b] = k >= 2;
        }
        triggers = new Triggers(this.patterns.stream().map(Rule::triggers).toList());
        filters = new PatternFilter[n];
        hasTriggers = new boolean[n];
        for (int i = 0; i < n; i++) {
            hasTriggers[i] = !this.patterns.get(i).triggers().isEmpty();
        }
    }

    /**
     * Adds a hit for each pattern rule that fires on block {@code b}, whose characters are {@code chars[from, to)}:
     * in the rules' order.
     */
    void match(char[] chars, int from, int to, BlockText b, List<RuleHit> out) {
        int band = bands.of(b.words());
        long[] found = !bandScans[band] ? null
                : b.triggerRules() != null ? b.triggerRules() : triggers.rules(chars, from, to, b.text());
        String lowered = null;
        for (int i : bands.rules(band)) {
            // (an array read: each List.get and isEmpty is a call under C1, for every rule of every block)
            if (found != null && hasTriggers[i] && !Triggers.has(found, i)) {
                continue;
            }
            // the automaton rules most blocks out in one pass; RE2/J runs only where a match may be
            if (!filter(i).mayFind(chars, from, to)) {
                continue;
            }
            Rule r = patterns.get(i);
            if (found == null && hasTriggers[i]) {
                // no pass in this band: the triggers are looked for here, where the filter let the block through
                if (lowered == null) {
                    lowered = Triggers.lowered(b.text());
                }
                if (!contains(lowered, r.triggers())) {
                    continue;
                }
            }
            com.google.re2j.Matcher m = r.pattern().matcher(b.text());
            if (m.find()) {
                out.add(new RuleHit(r, m.end() - m.start()));
            }
        }
    }

    /** The trigger pass, for {@link BlockText} to make in its character loop where {@link #scans} says. */
    Triggers triggers() {
        return triggers;
    }

    /** Whether a block of this many words gets the trigger pass. */
    boolean scans(int words) {
        return bandScans[bands.of(words)];
    }

    /** Whether the pattern starts with '^', after flags such as {@code (?i)}. */
    static boolean startsAnchored(String pattern) {
        int at = 0;
        while (pattern.startsWith("(?", at)) {
            int k = at + 2;
            while (k < pattern.length() && (Character.isLetter(pattern.charAt(k)) || pattern.charAt(k) == '-')) {
                k++;
            }
            if (k >= pattern.length() || pattern.charAt(k) != ')') {
                break;
            }
            at = k + 1;
        }
        return pattern.startsWith("^", at);
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
