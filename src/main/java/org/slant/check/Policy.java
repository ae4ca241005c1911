package org.slant.check;

import org.slant.model.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code slant check} enforces: severities for findings, thresholds on metrics, and extra lexicons.
 * Settings are applied in order, so later ones (the {@code overrides} of a policy file) win over earlier
 * ones of the same specificity; a rule id beats a finding kind beats an extractor id.
 *
 * @param source   where it came from (a file name, or {@code default})
 * @param fallback the severity of findings no setting names
 */
public record Policy(String source, List<RuleSetting> rules, List<Threshold> thresholds, List<Path> lexicons,
                     Severity fallback) {

    public Policy {
        rules = List.copyOf(rules);
        thresholds = List.copyOf(thresholds);
        lexicons = List.copyOf(lexicons);
    }

    /** Whether any threshold, for any files, is on one of these metrics. */
    public boolean thresholdOnAny(java.util.Collection<String> metrics) {
        return thresholds.stream().anyMatch(t -> metrics.contains(t.metric()));
    }

    /** A finding's severity in an article, and the setting that decided it (null: the fallback). */
    public record Decision(Severity severity, RuleSetting setting) {
    }

    public Decision decide(Finding f, String path) {
        return decide(f, rulesFor(path));
    }

    /** As {@link #decide(Finding, String)}, with the settings that apply to the article already chosen. */
    public Decision decide(Finding f, List<RuleSetting> applicable) {
        RuleSetting best = null;
        Severity severity = null;
        for (RuleSetting r : applicable) {
            if (!r.names(f)) {
                continue;
            }
            Severity s = r.severity(f.voice());
            if (s != null && (best == null || r.specificity() >= best.specificity())) {
                best = r;
                severity = s;
            }
        }
        return best == null ? new Decision(fallback, null) : new Decision(severity, best);
    }

    /**
     * The thresholds an article must meet. Thresholds of one part all apply (a warning at 2 and an error
     * at 5 on the same metric); a later part (an override) with thresholds on a metric replaces the
     * earlier parts' thresholds on that metric for the files it applies to.
     */
    public List<Threshold> thresholdsFor(String path) {
        java.util.Map<String, Integer> lastPart = new java.util.HashMap<>();
        for (Threshold t : thresholds) {
            if (t.appliesTo(path)) {
                lastPart.merge(t.metric(), t.part(), Math::max);
            }
        }
        List<Threshold> out = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (t.appliesTo(path) && t.part() == lastPart.get(t.metric())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The settings that apply to an article, in policy order. */
    public List<RuleSetting> rulesFor(String path) {
        List<RuleSetting> out = new ArrayList<>();
        for (RuleSetting r : rules) {
            if (r.appliesTo(path)) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean matchesAny(List<Glob> globs, String path) {
        if (globs.isEmpty()) {
            return true;
        }
        for (Glob g : globs) {
            if (g.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
