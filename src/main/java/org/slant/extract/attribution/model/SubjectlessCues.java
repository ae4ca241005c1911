package org.slant.extract.attribution.model;

import org.slant.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Cues whose grammatical subject is not their source: a passive ("the vote is expected to", "he was asked
 * about", "she is accused of": someone unnamed expects, asks, accuses) and the raising verbs "seem" and "appear"
 * ("the plan seems to": the writer's judgement). In PolNeAR's train split such cues almost never take the
 * subject before them as source (passives: 1 in 193; "seem"/"appear": 37 in 218), while the source classifier,
 * which sees a subject before a verb, often does; for them only a source after the cue ("was asked by X") is
 * looked for. The cue is read from its first tokens: a form of "be" (inside the cue or just before it), adverbs
 * ending in -ly or "not", then one of the participles below.
 */
final class SubjectlessCues {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Participles of reporting and judging verbs that PolNeAR marks as cues in the passive. */
    private static final Set<String> PASSIVE = Set.of("expected", "accused", "asked", "seen", "criticized",
            "criticised", "considered", "said", "reported", "believed", "thought", "known", "told", "described",
            "viewed", "rumored", "rumoured", "alleged", "announced", "informed", "pressed", "regarded", "deemed",
            "estimated", "projected", "predicted", "slated", "supposed", "understood", "urged", "warned");

    private static final Set<String> RAISING = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");

    private SubjectlessCues() {
    }

    /** Whether the cue at tokens {@code [cf, ce)} takes no source from before it. */
    static boolean at(List<Token> t, int cf, int ce) {
        int k = cf;
        boolean be = false;
        if (BE.contains(t.get(k).norm())) {
            be = true;
            k++;
        } else {
            int b = cf - 1;
            while (b >= 0 && cf - b <= 3 && adverb(t.get(b).norm())) {
                b--;
            }
            be = b >= 0 && BE.contains(t.get(b).norm());
        }
        while (k < ce && adverb(t.get(k).norm())) {
            k++;
        }
        if (k >= ce) {
            return false;
        }
        String w = t.get(k).norm();
        return be && PASSIVE.contains(w) || k == cf && RAISING.contains(w);
    }

    private static boolean adverb(String w) {
        return w.equals("not") || w.equals("also") || w.length() > 4 && w.endsWith("ly");
    }
}
