package org.slant.extract.terminology;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Even-handed by construction: every "match" example of every terminology entry that names a side is
 * mirrored along each axis it touches (Russia and Ukraine, the West and Russia, the US right and left) and
 * the two texts must score the same: the same loaded words, labels, hedges and intensifiers, with the same
 * weights and voices, to the last finding. Contested names are left out: they record a naming convention,
 * not a side. An entry with no mirror says why in its lexicon ({@code mirror: none: reason}).
 */
class LexiconMirrorTest {

    private static final List<String> SCORED = List.of("loaded", "label", "hedge", "intensifier");

    static List<String> score(String text) {
        return score(text, null);
    }

    /** With a loaded-language model (null: none), whose findings count as loaded words and labels too. */
    static List<String> score(String text, LoadedModel model) {
        return Terms.findings(text, model).stream()
                .filter(f -> SCORED.contains(f.category()))
                .map(f -> f.category() + " w" + (int) f.weight() + " " + f.voice().id())
                .sorted()
                .collect(Collectors.toList());
    }

    @TestFactory
    List<DynamicTest> everySidedExampleScoresTheSameMirrored() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LexiconFile f : org.slant.Slant.lexicons().standard().ofKind("terminology")) {
            for (LexiconEntry e : f.entries()) {
                String category = e.node().string("category", f.root().get("defaults")
                        .map(d -> d.string("category", "")).orElse(""));
                if (category.equals("contested_naming") || Mirror.reasonNone(e) != null) {
                    continue;
                }
                for (String ex : e.mustMatch()) {
                    for (Mirror.Axis axis : Mirror.AXES) {
                        String m = axis.mirror(ex);
                        if (m.equals(ex)) {
                            continue;
                        }
                        tests.add(DynamicTest.dynamicTest(e.id() + " " + axis.name() + ": " + ex, () -> {
                            // with the loaded-language model too: it must not weigh one side's name otherwise
                            // (the model only where the mirror swaps side words one for one: see Mirror.sidesOnly)
                            for (LoadedModel model : Mirror.sidesOnly(ex, m) ? Terms.models() : java.util.Collections.<LoadedModel>singletonList(null)) {
                                String with = model == null ? "" : " (with " + model.rule() + ")";
                                List<String> a = score(ex, model);
                                List<String> b = score(m, model);
                                assertEquals(a, b, () -> e.location() + " '" + e.id() + "' scores " + a + " on: " + ex
                                        + "\nbut " + b + " on its mirror (" + axis.name() + ")" + with + ": " + m
                                        + "\nAdd the mirror entry, or give the entry 'mirror: none: <why>'");
                            }
                        }));
                    }
                }
            }
        }
        // an empty factory would pass without checking anything: the lexicons do name sides
        assertTrue(tests.size() > 50, "mirrored examples: " + tests.size());
        long withModel = tests.stream().filter(t -> {
            String name = t.getDisplayName();
            String ex = name.substring(name.indexOf(": ") + 2);
            return Mirror.AXES.stream().anyMatch(a -> !a.mirror(ex).equals(ex) && Mirror.sidesOnly(ex, a.mirror(ex)));
        }).count();
        assertTrue(withModel > 30, "mirrored examples checked with the model too: " + withModel);
        return tests;
    }

    /**
     * Every entry whose phrases name a side says how it is mirrored: the id of its mirror entry, "self:" (it
     * holds every side, e.g. written over an actor list) or "none:" with the reason; every mirror id exists.
     */
    @org.junit.jupiter.api.Test
    void everySidedEntryNamesItsMirrorOrWhyItHasNone() {
        TerminologyLexicon lex = Terms.lexicon();
        List<String> problems = new ArrayList<>();
        int sided = 0;
        for (LexiconFile f : org.slant.Slant.lexicons().standard().ofKind("terminology")) {
            for (LexiconEntry e : f.entries()) {
                TermEntry t = lex.entry(e.id());
                String mirror = e.node().string("mirror", "");
                if (!mirror.isEmpty()) {
                    boolean reason = (mirror.startsWith("none:") || mirror.startsWith("self:"))
                            && mirror.substring(5).trim().length() > 10;
                    if (!reason && lex.entry(mirror) == null) {
                        problems.add(e.location() + " '" + e.id() + "': mirror '" + mirror
                                + "' is neither an entry id nor 'none: <why>' / 'self: <why>'");
                    }
                }
                if (t.category() == Category.CONTESTED_NAMING || t.phrase() == null) {
                    continue;
                }
                boolean namesASide = t.phrase().phrases().stream()
                        .anyMatch(p -> Mirror.AXES.stream().anyMatch(a -> !a.mirror(p).equals(p)));
                if (namesASide) {
                    sided++;
                    if (mirror.isEmpty()) {
                        problems.add(e.location() + " '" + e.id() + "' names a side in its phrases but has no 'mirror:'");
                    }
                }
            }
        }
        assertTrue(sided > 0, "the check saw sided entries");
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
