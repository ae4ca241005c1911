package org.slant.check;

import org.slant.model.Finding;
import org.slant.model.Voice;

/**
 * One thing {@code slant check} has to say about an article: a finding the policy gives a severity, a
 * broken threshold, or a problem with a suppression marker. Suppressed and baselined issues are kept (and
 * counted in every output format) with the reason they are not reported.
 *
 * @param rule     the rule id (findings), the metric (thresholds) or {@code slant.marker}
 * @param kind     the finding kind ({@code terminology.loaded}), {@code threshold} or {@code marker}
 * @param region   where it is in the source file; null for thresholds (they concern the whole article)
 * @param group    the policy setting that decided the severity (what JUnit groups test cases by)
 * @param context  the words around a finding, which the baseline matches on ("" for others)
 * @param finding  the finding (null for other types)
 * @param threshold the threshold (null for other types), with the article's {@code value}
 */
public record Issue(Type type, Severity severity, Status status, String reason, String rule, String kind,
                    Voice voice, String text, String message, SourceView.Region region, String group,
                    String context, Finding finding, Threshold threshold, double value) {

    public enum Type { FINDING, THRESHOLD, MARKER }

    public enum Status {
        REPORTED, SUPPRESSED, BASELINED,
        /** Not on a line changed since the {@code --changed-since} revision ({@code --lines}). */
        UNCHANGED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean reported() {
        return status == Status.REPORTED;
    }

    /** Whether it fails the check: reported at error level. */
    public boolean fails() {
        return reported() && severity == Severity.ERROR;
    }

    public Issue withStatus(Status s, String why) {
        return new Issue(type, severity, s, why, rule, kind, voice, text, message, region, group, context, finding,
                threshold, value);
    }
}
