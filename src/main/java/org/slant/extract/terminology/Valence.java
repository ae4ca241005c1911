package org.slant.extract.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How strongly positive or negative a word is, from the VADER sentiment lexicon (resource
 * {@value #RESOURCE}, its provenance and licence in its header), as a coarse feature key of the
 * loaded-language model: {@code neg3} for "brutal" (-3.1), {@code pos2} for "great". Why: the model learns
 * words from a few hundred articles and knows nothing of a loaded word it never saw there; raters' valence
 * of 7,000 words carries what "seething" or "despicable" have in common to words the corpus lacks.
 * Near-neutral words (|valence| under 0.5) have no key. Immutable after loading; thread-safe.
 */
public final class Valence {

    public static final String RESOURCE = "models/vader-valence.tsv";

    private static final Map<String, String> KEYS = load();

    private Valence() {
    }

    /** The word's key ({@code neg1}..{@code neg4}, {@code pos1}..{@code pos4}), or null when it has none. */
    public static String of(String norm) {
        return KEYS.get(norm);
    }

    static String key(double valence) {
        long strength = Math.min(4, Math.round(Math.abs(valence)));
        return strength == 0 ? null : (valence < 0 ? "neg" : "pos") + strength;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Valence.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String key = key(Double.parseDouble(line.substring(tab + 1)));
                if (key != null) {
                    // the lexicon lists a few words twice: the first line stands
                    out.putIfAbsent(line.substring(0, tab), key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
