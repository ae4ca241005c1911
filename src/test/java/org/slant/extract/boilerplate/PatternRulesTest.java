package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pattern rules fire exactly where the plain reading of an entry says: the block's length in its range, one of
 * its triggers in the lower-cased block, and its pattern found; whatever order {@link PatternRules} tests them in.
 */
class PatternRulesTest {

    private static final BoilerplateRules RULES = Slant.lexicons().standard().compile(new BoilerplateKind());
    private static final List<Rule> PATTERNS = RULES.rules().stream().filter(r -> r.pattern() != null).toList();

    private static List<String> plain(BlockText b) {
        List<String> out = new ArrayList<>();
        String lowered = b.text().toLowerCase(java.util.Locale.ROOT);
        for (Rule r : PATTERNS) {
            if (!r.appliesTo(b.words())) {
                continue;
            }
            if (!r.triggers().isEmpty() && r.triggers().stream().noneMatch(lowered::contains)) {
                continue;
            }
            com.google.re2j.Matcher m = r.pattern().matcher(b.text());
            if (m.find()) {
                out.add(r.id() + " " + (m.end() - m.start()));
            }
        }
        return out;
    }

    @Test
    void theSameHitsAsThePlainReadingOnMixedBlocksOfEveryLength() {
        PatternRules rules = new PatternRules(PATTERNS);
        List<String> pieces = new ArrayList<>(List.of("By Anne Dorval", "Photo: Getty Images", "(AFP)", "© 2024", "12:30",
                "Updated", "March 3, 2024", "Reply", "Share", "Facebook", "Twitter", "|", "/", "»", "**Foo / Bar**",
                "watch", "replay more videos", "Toggle caption", "free for 30 days", "Copyright 2023", "3 comments",
                "is a journalist based in Lyon.", "https://example.org/a", "www.example.org", "Read more: the story",
                "\u00c9T\u00c9", "\u212Aelvin", "\u0130", "\uD83D\uDE00", "\"", "- Jo Smith / Reuters", "Next »"));
        List<String> filler = List.of("the", "council", "said", "on", "Tuesday", "that", "it", "would", "vote", "again");
        Random rnd = new Random(21);
        int fired = 0;
        for (int k = 0; k < 4_000; k++) {
            StringBuilder s = new StringBuilder();
            int words = rnd.nextInt(4) == 0 ? rnd.nextInt(120) : rnd.nextInt(6);
            for (int i = 0; i < words; i++) {
                s.append(filler.get(rnd.nextInt(filler.size()))).append(' ');
            }
            int at = rnd.nextInt(3);   // the pieces at the start, in the middle or at the end of the filler
            String p = pieces.get(rnd.nextInt(pieces.size())) + (rnd.nextBoolean() ? " " + pieces.get(rnd.nextInt(pieces.size())) : "");
            String text = (at == 0 ? p + " " + s : at == 1 ? s.substring(0, s.length() / 2) + p + " " + s.substring(s.length() / 2) : s + p).strip();
            if (text.isEmpty()) {
                continue;
            }
            BlockText b = BlockText.of(text, new Block(0, 0, text.length(), false), null, RULES.languages());
            List<RuleHit> hits = new ArrayList<>();
            rules.match(text.toCharArray(), 0, text.length(), b, hits);
            List<String> got = hits.stream().map(h -> h.rule().id() + " " + h.covered()).toList();
            assertEquals(plain(b), got, text);
            fired += got.size();
            // the pass made in the block statistics' loop: the same bits as a pass of its own, the same hits
            char[] chars = text.toCharArray();
            BlockText fused = BlockText.of(text, chars, 0, new Block(0, 0, text.length(), false), null,
                    RULES.languages(), rules);
            if (rules.scans(fused.words())) {
                assertEquals(java.util.Arrays.toString(rules.triggers().rules(chars, 0, chars.length, text)),
                        java.util.Arrays.toString(fused.triggerRules()), text);
            } else {
                assertEquals(null, fused.triggerRules(), text);
            }
            List<RuleHit> again = new ArrayList<>();
            rules.match(chars, 0, chars.length, fused, again);
            assertEquals(got, again.stream().map(h -> h.rule().id() + " " + h.covered()).toList(), text);
        }
        assertTrue(fired > 1_000, "hits: " + fired);
    }

    @Test
    void anchoredPatternsAreToldByTheirStart() {
        assertTrue(PatternRules.startsAnchored("^By\\s"));
        assertTrue(PatternRules.startsAnchored("(?i)^\\W*photo"));
        assertTrue(PatternRules.startsAnchored("(?i)(?s)^x"));
        assertEquals(false, PatternRules.startsAnchored("(?i)\\bcopyright"));
        assertEquals(false, PatternRules.startsAnchored("(?:^a|b)"));
        assertEquals(false, PatternRules.startsAnchored("(?i"));
    }

    @Test
    void wordBandsGiveTheRulesThatApply() {
        WordBands bands = new WordBands(PATTERNS);
        for (int words = 0; words < 1_000; words++) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < PATTERNS.size(); i++) {
                if (PATTERNS.get(i).appliesTo(words)) {
                    expected.add(i);
                }
            }
            assertEquals(expected, java.util.Arrays.stream(bands.rules(bands.of(words))).boxed().toList(), "words " + words);
        }
    }
}
