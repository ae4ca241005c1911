package org.slant.extract.boilerplate;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The compiled {@code kind: boilerplate} lexicons: phrases in a token trie per range of block lengths (one pass
 * per block, whatever the number of entries), RE2/J patterns ({@link PatternRules}), markup hints and detectors,
 * plus the stop-word profiles.
 */
public final class BoilerplateRules {

    /** What the detectors compare a block with: the article's main script and language (-1 when unknown). */
    public record ArticleContext(int script, int language) {
    }

    private final List<Rule> rules;
    /**
     * per band of block lengths ({@link WordBands}), the token trie of the phrases a block may match: a band with
     * at most half of the phrases (paragraphs: the few rules of long blocks) gets its own, whose first-word bits
     * then turn most of its tokens away (issue 21); the others share the trie of all; null when none applies
     */
    private final WordBands phraseBands;
    private final PhraseIndex<Rule>[] phrases;
    private final PatternRules patterns;
    private final List<Rule> markup;
    private final List<Rule> detectors;
    private final Languages languages;

    BoilerplateRules(List<Rule> rules, Languages languages) {
        this.rules = List.copyOf(rules);
        this.languages = languages;
        List<Rule> phr = new ArrayList<>();
        List<Rule> pats = new ArrayList<>();
        List<Rule> marks = new ArrayList<>();
        List<Rule> dets = new ArrayList<>();
        for (Rule r : rules) {
            if (r.phrase() != null) {
                phr.add(r);
            }
            if (r.pattern() != null) {
                pats.add(r);
            }
            if (r.markup() != null) {
                marks.add(r);
            }
            if (r.detector() != null) {
                dets.add(r);
            }
        }
        this.phraseBands = new WordBands(phr);
        PhraseIndex<Rule> all = new PhraseIndex<>();
        List<List<List<String>>> variants = new ArrayList<>();   // made once: each call inflects again
        for (Rule r : phr) {
            variants.add(r.phrase().variants());
            add(all, r, variants.get(variants.size() - 1));
        }
        @SuppressWarnings("unchecked")
        PhraseIndex<Rule>[] byBand = new PhraseIndex[phraseBands.size()];
        for (int b = 0; b < byBand.length; b++) {
            int size = 0;
            for (int i : phraseBands.rules(b)) {
                size += variants.get(i).size();
            }
            // a band with most of the phrases shares the trie of all (its hits are then checked for length)
            if (size == 0 || 2 * size > all.size()) {
                byBand[b] = size == 0 ? null : all;
                continue;
            }
            byBand[b] = new PhraseIndex<>();
            for (int i : phraseBands.rules(b)) {
                add(byBand[b], phr.get(i), variants.get(i));
            }
        }
        this.phrases = byBand;
        this.patterns = new PatternRules(pats);
        this.markup = List.copyOf(marks);
        this.detectors = List.copyOf(dets);
    }

    private static void add(PhraseIndex<Rule> index, Rule r, List<List<String>> variants) {
        for (List<String> v : variants) {
            index.add(v, r.phrase().caseSensitive(), r);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public Languages languages() {
        return languages;
    }

    /** The pattern rules (whose trigger pass {@link BlockText} makes in its character loop). */
    PatternRules patternRules() {
        return patterns;
    }

    public Rule byId(String id) {
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** Every rule that fires on a block. {@code path} is null for plain text. */
    public List<RuleHit> match(String raw, BlockText b, MarkupPath path, ArticleContext ctx) {
        List<RuleHit> out = matchText(raw, b, ctx);
        if (path != null) {
            for (Rule r : markup) {
                if (r.appliesTo(b.words()) && markupMatches(r.markup(), path)) {
                    out.add(new RuleHit(r, b.text().length()));
                }
            }
        }
        return out;
    }

    /** The markup rules that one element matches by its own tag or class words. */
    public List<Rule> markupRulesFor(MarkupPath.Element e) {
        List<Rule> out = null;
        for (Rule r : markup) {
            if (r.markup().tags().contains(e.tag()) || anyWord(r.markup(), e)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(r);
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean anyWord(Rule.Markup m, MarkupPath.Element e) {
        for (String w : e.words()) {
            if (m.classWords().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase, pattern and detector rules that fire on a block (everything but markup). */
    public List<RuleHit> matchText(String raw, BlockText b, ArticleContext ctx) {
        return matchText(raw, b.text().toCharArray(), b.block().start(), b, ctx);
    }

    /**
     * As {@link #matchText(String, BlockText, ArticleContext)}, reading the block from {@code chars}, where
     * {@code chars[k]} is {@code raw.charAt(base + k)}: the classifier's one copy of the article (base 0).
     */
    public List<RuleHit> matchText(String raw, char[] chars, int base, BlockText b, ArticleContext ctx) {
        List<RuleHit> out = new ArrayList<>(2);
        int words = b.words();
        PhraseIndex<Rule> index = phrases[phraseBands.of(words)];
        if (index != null && !b.tokens().isEmpty()) {
            List<Token> tokens = b.tokens();
            for (PhraseIndex.Match<Rule> m : index.findAll(tokens, b.hashes(), raw)) {
                Rule r = m.payload();
                if (r.appliesTo(words) && placed(r.at(), tokens, m.firstToken(), m.endToken())) {
                    out.add(new RuleHit(r, tokens.get(m.endToken() - 1).end() - tokens.get(m.firstToken()).start()));
                }
            }
        }
        patterns.match(chars, b.block().start() - base, b.block().end() - base, b, out);
        for (Rule r : detectors) {
            if (r.appliesTo(words) && detects(r.detector(), b, ctx)) {
                out.add(new RuleHit(r, b.text().length()));
            }
        }
        return out;
    }

    private static boolean placed(Rule.At at, List<Token> tokens, int first, int end) {
        if (at == Rule.At.ANY) {
            return true;
        }
        for (int i = 0; i < first; i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        if (at == Rule.At.WHOLE) {
            for (int i = end; i < tokens.size(); i++) {
                if (tokens.get(i).isWord()) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean markupMatches(Rule.Markup m, MarkupPath path) {
        for (MarkupPath.Element e : path.elements()) {
            if (m.tags().contains(e.tag()) || anyWord(m, e)) {
                return true;
            }
        }
        return false;
    }

    private boolean detects(Rule.Detector d, BlockText b, ArticleContext ctx) {
        if (b.letters() < d.minLetters()) {
            return false;
        }
        if (d.name().equals("foreign-script")) {
            int foreign = b.letters() - b.scriptLetters()[ctx.script()];
            return foreign >= d.threshold() * b.letters();
        }
        // foreign-language: the block's best stop-word language is not the article's, clearly
        if (ctx.language() < 0 || b.words() < 4) {
            return false;
        }
        int best = Languages.best(b.stopHits());
        if (best < 0 || best == ctx.language()) {
            return false;
        }
        int hits = b.stopHits()[best];
        int own = b.stopHits()[ctx.language()];
        return hits >= d.threshold() * b.words() && hits >= 2 * own + 2;
    }
}
