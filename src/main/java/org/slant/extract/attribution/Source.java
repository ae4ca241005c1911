package org.slant.extract.attribution;

import java.util.Set;

/**
 * Who speaks in an attribution, once classified.
 *
 * @param type        named, institution, anonymous, self, media or unresolved
 * @param speaker     the normalised speaker: a person's full name, an office, an organisation, the
 *                    outlet, or the source phrase itself for anonymous sources
 * @param role        the title or role given with a named person ("Kremlin spokesman"), or null
 * @param affiliation the actor id (france, russia, nato, ...) or "unknown"
 * @param gender      "m", "f" or null, for resolving later pronouns
 * @param classes     role classes, for resolving "the diplomat", "the source" later
 * @param resolution  how the speaker was found: phrase, pronoun, anaphor, shared, relative
 */
public record Source(String type, String speaker, String role, String affiliation, String gender,
                     Set<String> classes, String resolution) {

    public static final String UNKNOWN = "unknown";

    public Source {
        classes = classes == null ? Set.of() : Set.copyOf(classes);
        affiliation = affiliation == null ? UNKNOWN : affiliation;
    }

    public Source withResolution(String how) {
        return new Source(type, speaker, role, affiliation, gender, classes, how);
    }

    public boolean named() {
        return type.equals("named");
    }
}
