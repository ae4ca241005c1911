package org.slant.check;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code slant check --print-config}: the policy in force, where it came from, and each setting with the
 * place in the policy that made it, so a team can see why a finding is an error before CI tells them.
 */
public final class PolicyDescription {

    private PolicyDescription() {
    }

    public static void print(Policy p, String origin, List<String> settings, PrintWriter out) {
        out.println("policy: " + p.source() + " (" + origin + ")");
        out.println("findings no rule names: " + p.fallback().id());
        out.println("rules:");
        if (p.rules().isEmpty()) {
            out.println("  (none)");
        }
        for (RuleSetting r : p.rules()) {
            StringBuilder b = new StringBuilder("  ").append(r.selector()).append(": ");
            if (r.byVoice().isEmpty()) {
                b.append(r.all() == null ? "unset" : r.all().id());
            } else {
                String sep = "";
                for (Map.Entry<org.slant.model.Voice, Severity> e : r.byVoice().entrySet()) {
                    b.append(sep).append(e.getKey().id()).append(' ').append(e.getValue().id());
                    sep = ", ";
                }
                b.append(sep).append("others ").append(r.all() == null ? "unset" : r.all().id());
            }
            out.println(b + files(r.files()) + where(r.where()));
        }
        out.println("thresholds:");
        if (p.thresholds().isEmpty()) {
            out.println("  (none)");
        }
        for (Threshold t : p.thresholds()) {
            out.println("  " + t.expression() + ": " + t.severity().id() + files(t.files()) + where(t.where()));
        }
        out.println("policy lexicons: " + (p.lexicons().isEmpty() ? "none"
                : String.join(", ", p.lexicons().stream().map(x -> x.toString().replace('\\', '/')).toList())));
        settings.forEach(out::println);
    }

    private static String files(List<Glob> globs) {
        return globs.isEmpty() ? "" : " [files: " + String.join(", ", globs.stream().map(Glob::text).toList()) + "]";
    }

    private static String where(String where) {
        return where == null || where.isBlank() ? "" : "  (" + where + ")";
    }
}
