package org.slant.extract.boilerplate;

import org.slant.lexicon.Triggers;
import org.slant.model.MarkupBlock;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;
import org.slant.text.TextChars;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.List;

/**
 * One block's text and the shallow counts every later step reads, computed once: tokens (raw offsets), words,
 * letters by script, stop-word hits by language, link characters, capitalised words, digits, punctuation.
 *
 * @param nonSpace  characters that are not whitespace (what contamination shares count)
 * @param linkChars non-space characters inside links: from the markup for HTML; Markdown links
 *                  {@code [text](url)}, {@code <url>} and bare URLs for plain text
 * @param capWords  words that start with an upper-case letter
 * @param stopHits  per language, words of the block in its stop-word list
 * @param stopMasks per token, the bit set of languages that list it as a stop word (0 for a non-word): looked
 *                  up once here, where the similarity feature used to look every word up twice again
 * @param hashes    per token, its word's {@link String#hashCode}: read here for the stop-word look-up, and handed to
 *                  the phrase rules' search, which would otherwise make an array of them again for every block
 * @param contentForms per token, for a content word of the similarity feature (a word of three letters or more
 *                  that no language lists as a stop word) its form's id ({@link Token#form()}), or {@link #NO_ID}
 *                  when it has none; {@link #NOT_CONTENT} for any other token: read here, where the token and its
 *                  word are in the cache, so that the feature reads one array instead of every token and string
 * @param triggerRules the pattern rules whose triggers the block holds ({@link Triggers#rules}), when the block's
 *                  length gets the trigger pass and its rules were given: the pass is made in this class's
 *                  character loop, which reads every character anyway (issue 21); null otherwise
 */
public record BlockText(Block block, String text, List<Token> tokens, int words, int letters, int[] scriptLetters,
                        int nonSpace, int linkChars, int capWords, int digits, int punct, int commas,
                        int sentenceEnds, int[] stopHits, int[] stopMasks, int[] hashes, int[] contentForms,
                        MarkupBlock markup, long[] triggerRules) {

    /** In {@link #contentForms}: a token that is not a content word. */
    static final int NOT_CONTENT = -1;
    /** In {@link #contentForms}: a content word without a form id. */
    static final int NO_ID = -2;


    public static BlockText of(String raw, Block block, MarkupBlock markup, Languages languages) {
        // the block's characters and the one after it (which the tokenizer may read: see Tokenizer.tokenize)
        int start = block.start();
        return of(raw, TextChars.of(raw, start, Math.min(block.end() + 1, raw.length())), start, block, markup, languages);
    }

    /**
     * As {@link #of(String, Block, MarkupBlock, Languages)}, reading {@code chars}, where {@code chars[k]} is
     * {@code raw.charAt(base + k)}, at least up to the block's end (and one past it where there is one): an
     * article's blocks read from one copy of its characters ({@link TextChars#of}, base 0), not one copy each.
     */
    public static BlockText of(String raw, char[] chars, int base, Block block, MarkupBlock markup, Languages languages) {
        return of(raw, chars, base, block, markup, languages, null);
    }

    /** The same, with the pattern rules' trigger pass made on the way where they say the block gets one. */
    static BlockText of(String raw, char[] chars, int base, Block block, MarkupBlock markup, Languages languages,
                        PatternRules patterns) {
        String text = raw.substring(block.start(), block.end());
        int from = block.start() - base;
        int to = block.end() - base;
        List<Token> tokens = Tokenizer.tokenize(chars, from, to, base);
        int words = 0;
        int capWords = 0;
        int[] stopHits = new int[languages.size()];
        int[] stopMasks = new int[tokens.size()];
        int[] hashes = new int[tokens.size()];
        int[] contentForms = new int[tokens.size()];
        for (int k = 0; k < stopMasks.length; k++) {
            Token t = tokens.get(k);
            String norm = t.norm();
            int h = norm.hashCode();
            hashes[k] = h;
            contentForms[k] = NOT_CONTENT;
            if (!t.isWord()) {
                continue;
            }
            stopMasks[k] = languages.mask(norm, h);
            if (t.type() == Token.Type.WORD && stopMasks[k] == 0 && norm.length() >= 3) {
                contentForms[k] = t.form() >= 0 ? t.form() : NO_ID;
            }
            if (!t.countsAsWord()) {
                continue;
            }
            words++;
            char first = chars[t.start() - base];
            // ASCII first, without the code point read and its call under the quick compiler (C1)
            if (first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(Character.codePointAt(chars, t.start() - base))) {
                capWords++;
            }
            int mask = stopMasks[k];
            while (mask != 0) {
                int bit = Integer.numberOfTrailingZeros(mask);
                stopHits[bit]++;
                mask &= mask - 1;
            }
        }
        Triggers triggers = patterns != null && patterns.scans(words) ? patterns.triggers() : null;
        // the pass's tables in locals (see Triggers#classes); null when there is no pass, or no more stepping
        short[] classes = triggers == null ? null : triggers.classes();
        int[] next = triggers == null ? null : triggers.next();
        long[] found = triggers == null ? null : triggers.none();
        int state = 0;
        int[] scripts = new int[Scripts.COUNT];
        int latin = 0;   // ASCII letters, added to scripts[LATIN] at the end: a local, not an array slot per letter
        int letters = 0;
        int nonSpace = 0;
        int digits = 0;
        int punct = 0;
        int commas = 0;
        int sentenceEnds = 0;
        // whether the block may hold a link TextLinks counts: a "[", a "<", a "://" or a "www."; a block without
        // any (most of a news text) is not read a second time for them
        boolean mayLink = false;
        for (int i = from; i < to; ) {
            char ch = chars[i];
            if (classes != null) {
                int k = classes[ch];
                if (k < 0) {
                    classes = null;   // lowered only with the whole block: Triggers.rules below
                    found = null;
                } else {
                    state = next[state + k];
                    if (state < 0) {
                        state = ~state;
                        triggers.ended(state, found);
                    }
                }
            }
            // ASCII letters and digits, most of a news text, counted without the code point and category lookups
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
                nonSpace++;
                letters++;
                latin++;
                i++;
                continue;
            }
            if (ch >= '0' && ch <= '9') {
                nonSpace++;
                digits++;
                i++;
                continue;
            }
            if (ch < 0x80) {
                // other ASCII: a space, or punctuation and symbols (no ASCII letter or digit is left), whose
                // category the tables would give at the cost of two lookups
                if (!BlockSplitter.isSpace(ch)) {
                    nonSpace++;
                    punct++;
                    if (ch == '[' || ch == '<' || ch == ':' && i + 2 < to && chars[i + 1] == '/' && chars[i + 2] == '/'
                            || ch == '.' && i - 3 >= from && chars[i - 1] == 'w' && chars[i - 2] == 'w'
                            && chars[i - 3] == 'w') {
                        mayLink = true;
                    }
                    if (ch == ',') {
                        commas++;
                    } else if ((ch == '.' || ch == '!' || ch == '?') && sentenceEnd(text, i - from + 1)) {
                        sentenceEnds++;
                    }
                }
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(chars, i, to) : ch;
            int len = Character.charCount(cp);
            if (!(len == 1 && BlockSplitter.isSpace((char) cp))) {
                nonSpace += len;
                if (Character.isLetter(cp)) {
                    letters++;
                    scripts[Scripts.of(cp)]++;
                } else if (Character.isDigit(cp)) {
                    digits++;
                } else {
                    punct++;
                    if (cp == ',' || cp == '，' || cp == '،') {
                        commas++;
                    } else if ((cp == '.' || cp == '!' || cp == '?' || cp == '。') && sentenceEnd(text, i - from + len)) {
                        sentenceEnds++;
                    }
                }
            }
            i += len;
        }
        scripts[Scripts.LATIN] += latin;
        int links = markup != null ? Math.min(markup.linkChars(), nonSpace)
                : mayLink ? TextLinks.linkChars(chars, from, to) : 0;
        if (triggers != null && found == null) {
            found = triggers.rules(chars, from, to, text);
        }
        return new BlockText(block, text, tokens, words, letters, scripts, nonSpace, links, capWords, digits, punct,
                commas, sentenceEnds, stopHits, stopMasks, hashes, contentForms, markup, found);
    }

    private static boolean sentenceEnd(String text, int after) {
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return BlockSplitter.isSpace(c) || c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
    }

    public double linkDensity() {
        return nonSpace == 0 ? 0 : (double) linkChars / nonSpace;
    }

    /** The last non-space character, or 0. */
    public char last() {
        return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, possibly inside closing quotes. */
    public boolean endsSentence() {
        int i = text.length() - 1;
        while (i >= 0 && "\"”’')]*»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return (c == '.' && !text.endsWith("...")) || c == '!' || c == '?' || c == '。';
    }

    /** Ends in an ellipsis: the cut-off teaser of a link to another page. */
    public boolean endsEllipsis() {
        return text.endsWith("…") || text.endsWith("...") || text.endsWith("[…]") || text.endsWith("[...]");
    }
}
