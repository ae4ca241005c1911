package org.slant.check;

import org.slant.model.Finding;
import org.slant.model.Voice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A severity for the findings a selector names: a rule id ({@code loaded.bizarre}), a finding kind
 * ({@code terminology.loaded}) or a whole extractor ({@code attribution}); either one severity for all
 * voices, or one per voice ({@code narrator}, {@code quoted}, {@code reported}, {@code none}) with an
 * optional {@code default} for the others. A voice it gives no severity for is left to less specific
 * settings.
 *
 * @param all     the severity for voices not in {@code byVoice}; null when it leaves them open
 * @param files   globs of the articles it applies to (empty: all)
 * @param where   {@code file:line:column} in its policy
 */
public record RuleSetting(String selector, Vocabulary.Kind kind, Severity all, Map<Voice, Severity> byVoice,
                          List<Glob> files, String where) {

    public RuleSetting {
        byVoice = byVoice.isEmpty() ? Map.of() : new EnumMap<>(byVoice);
        files = List.copyOf(files);
    }

    public boolean names(Finding f) {
        return switch (kind) {
            case RULE -> f.rule().equals(selector);
            case CATEGORY -> f.kind().equals(selector);
            case EXTRACTOR -> f.extractor().equals(selector);
        };
    }

    /** The severity it gives a finding in this voice, or null when it leaves that voice open. */
    public Severity severity(Voice voice) {
        Severity s = byVoice.get(voice);
        return s != null ? s : all;
    }

    /** How specific the selector is: a rule beats a kind beats an extractor. */
    int specificity() {
        return switch (kind) {
            case RULE -> 3;
            case CATEGORY -> 2;
            case EXTRACTOR -> 1;
        };
    }

    public boolean appliesTo(String path) {
        return Policy.matchesAny(files, path);
    }

    /** For reports: the selector and, when voices differ, its severities, e.g. {@code terminology.loaded (narrator: warning, other: off)}. */
    public String label() {
        if (byVoice.isEmpty()) {
            return selector;
        }
        StringBuilder b = new StringBuilder(selector).append(" (");
        byVoice.forEach((v, s) -> b.append(v.id()).append(": ").append(s.id()).append(", "));
        b.append(all == null ? "others: unset" : "others: " + all.id()).append(')');
        return b.toString();
    }
}
