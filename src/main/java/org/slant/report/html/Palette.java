package org.slant.report.html;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which style slot each finding kind gets. The stylesheet defines the slots (Okabe–Ito colours, each with
 * its own underline style, so that no reader depends on colour alone); the known kinds have fixed slots,
 * any other kind gets a spare one in name order. Class names never contain text from the analysis.
 */
final class Palette {

    /** Term-like findings: slots k0..k9 in the stylesheet. */
    static final List<String> TERMS = List.of("terminology.loaded", "terminology.label", "terminology.hedge",
            "terminology.intensifier", "terminology.contested_naming", "terminology.scare_quote");
    static final int TERM_SLOTS = 10;

    /** Attribution source types: slots s0..s5. */
    static final List<String> SOURCES = List.of("named", "institution", "anonymous", "self", "media");
    static final int SOURCE_SLOTS = 6;

    private final Map<String, Integer> termSlot = new TreeMap<>();

    Palette(Iterable<String> termKinds) {
        int spare = TERMS.size();
        for (String k : new java.util.TreeSet<String>(asList(termKinds))) {
            int known = TERMS.indexOf(k);
            if (known >= 0) {
                termSlot.put(k, known);
            } else {
                termSlot.put(k, spare);
                spare = spare + 1 < TERM_SLOTS ? spare + 1 : TERMS.size();
            }
        }
    }

    private static List<String> asList(Iterable<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    /** The class of a term-like finding kind, e.g. {@code k0}. */
    String term(String kind) {
        Integer s = termSlot.get(kind);
        if (s == null) {
            int known = TERMS.indexOf(kind);
            s = known >= 0 ? known : TERM_SLOTS - 1;
        }
        return "k" + s;
    }

    /** The class of an attribution source type, e.g. {@code s2}. */
    static String source(String type) {
        int i = SOURCES.indexOf(type);
        return "s" + (i < 0 ? SOURCE_SLOTS - 1 : i);
    }

    /** Okabe–Ito, for SVG fills (actors in the quoted-words chart); grey is for the rest. */
    static final List<String> OKABE_ITO = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#F0E442", "#000000");
    static final String OTHER = "#BBBBBB";
}
