package org.slant.extract.attribution;

import org.slant.ingest.Outlet;
import org.slant.ingest.OutletRegistry;
import org.slant.lexicon.PhraseIndex;
import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Sentence;
import org.slant.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article as the attribution finder sees it: tokens with their sentence, paragraph, quotation and
 * gazetteer mentions, all computed once in linear passes so that every later question is a lookup.
 */
final class Doc {

    final Content content;
    final String text;
    final List<Token> tokens;
    /**
     * The tokens again, as an array, and whether each is a capitalised word: the rules ask these questions many
     * times of every token, and under the launcher's quick compiler (C1) each {@code List.get} and
     * {@code codePointAt} is a call (issue 21).
     */
    private final Token[] toks;
    private final boolean[] capitalised;
    /**
     * Each token's word's hash, and its one character when the word is one character long (else -1): the rules
     * ask "is this token 'who' / a comma / a full stop" of most tokens, and each such question was two or three
     * calls down to a string comparison under C1; now a mismatch is an array read (issue 21).
     */
    private final int[] hash;
    private final int[] single;
    final List<Sentence> sentences;
    final int n;
    final int[] sentenceOf;
    final int[] paragraphOfSentence;
    /** Markdown link syntax ("[told](#)"): transparent to the phrase scanner. */
    final boolean[] markup;
    final boolean[] quoted;
    final ActorTerm[] actor;
    final int[] actorFirst;
    final int[] actorEnd;
    final Outlet[] outlet;
    final int[] outletFirst;
    final int[] outletEnd;
    /** Outermost quotation opening at a character offset, and closing at one. */
    final Map<Integer, Quote> quoteByStart = new HashMap<>();
    final Map<Integer, Quote> quoteByEnd = new HashMap<>();
    /** The article's own outlet, when the registry knows it. */
    final Outlet self;
    /** The actors lexicon, for the side prefixes of places ("pro-Russian"). */
    final ActorGazetteer gazetteer;

    Doc(Content content, ActorGazetteer gazetteer, OutletRegistry outlets, String outletName) {
        this.content = content;
        this.gazetteer = gazetteer;
        this.text = content.text();
        this.tokens = content.tokens();
        this.sentences = content.sentences();
        this.n = tokens.size();
        this.toks = tokens.toArray(new Token[0]);
        this.capitalised = new boolean[n];
        this.hash = new int[n];
        this.single = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = toks[i];
            if (t.type() == Token.Type.WORD) {
                char c = text.charAt(t.start());   // ASCII without the code point read (a call under C1)
                capitalised[i] = c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(t.start()));
            }
            String w = t.norm();
            hash[i] = w.hashCode();
            single[i] = w.length() == 1 ? w.charAt(0) : -1;
        }
        this.sentenceOf = new int[n];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOf[i] = s.index();
            }
        }
        this.paragraphOfSentence = DocLayout.paragraphs(text, sentences);
        this.markup = DocLayout.markup(toks, single);
        this.quoted = new boolean[n];
        for (Quote q : content.quotes()) {
            if (q.depth() > 0) {
                continue; // inside an outer quotation, already marked
            }
            for (int i = tokenAt(q.contentStart()); i < n && tokens.get(i).start() < q.contentEnd(); i++) {
                quoted[i] = true;
            }
        }
        for (Quote q : content.quotes()) {
            Quote before = quoteByStart.get(q.start());
            if (before == null || q.depth() < before.depth()) {
                quoteByStart.put(q.start(), q);
            }
            before = quoteByEnd.get(q.end());
            if (before == null || q.depth() < before.depth()) {
                quoteByEnd.put(q.end(), q);
            }
        }
        this.actor = new ActorTerm[n];
        this.actorFirst = new int[n];
        this.actorEnd = new int[n];
        for (PhraseIndex.Match<ActorTerm> m : gazetteer.mentions(tokens, text)) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                actor[i] = m.payload();
                actorFirst[i] = m.firstToken();
                actorEnd[i] = m.endToken();
            }
        }
        this.outlet = new Outlet[n];
        this.outletFirst = new int[n];
        this.outletEnd = new int[n];
        for (PhraseIndex.Match<Outlet> m : outlets.mentions(tokens, text)) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                outlet[i] = m.payload();
                outletFirst[i] = m.firstToken();
                outletEnd[i] = m.endToken();
            }
        }
        this.self = outletName == null ? null : outlets.byName(outletName).orElse(null);
    }

    // --- token questions ---

    Token tok(int i) {
        return toks[i];
    }

    String norm(int i) {
        return toks[i].norm();
    }

    boolean is(int i, String norm) {
        return i >= 0 && i < n && hash[i] == norm.hashCode() && toks[i].is(norm);
    }

    boolean isWord(int i) {
        return i >= 0 && i < n && toks[i].isWord();
    }

    boolean isCapitalised(int i) {
        return capitalised[i];
    }

    /** A quotation mark (curly or straight, double or single). */
    boolean isMark(int i) {
        return (single[i] == '"' || single[i] == '\'') && toks[i].type() == Token.Type.PUNCT;
    }

    /** The outermost quotation this token opens, or null. */
    Quote opens(int i) {
        return i >= 0 && i < n && isMark(i) ? quoteByStart.get(toks[i].start()) : null;
    }

    /** The outermost quotation this token closes, or null. */
    Quote closes(int i) {
        return i >= 0 && i < n && isMark(i) ? quoteByEnd.get(toks[i].end()) : null;
    }

    boolean isComma(int i) {
        return i >= 0 && i < n && single[i] == ',';
    }

    boolean isDash(int i) {
        if (i < 0 || i >= n) {
            return false;
        }
        int c = single[i];
        return c == '\u2014' || c == '\u2013' || c == '-' && i > 0 && toks[i - 1].end() < toks[i].start();
    }

    /** A sentence-ending mark. */
    boolean isTerminal(int i) {
        if (i < 0 || i >= n) {
            return false;
        }
        int c = single[i];
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** A full stop that belongs to an abbreviation ("Mr.", "Gen."): part of a name, not a boundary. */
    boolean isAbbreviationDot(int i) {
        if (!is(i, ".") || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.end() != tokens.get(i).start() || !prev.isWord()) {
            return false;
        }
        String p = prev.norm();
        return p.length() <= 4 && Character.isUpperCase(text.charAt(prev.start()))
                && (actor[i - 1] != null && actor[i - 1].type() == ActorTerm.Type.HONORIFIC
                || ABBREVIATIONS.contains(p) || p.length() == 1 || p.indexOf('.') > 0); // "U.S. Ambassador"
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "gen", "sen",
            "rep", "gov", "col", "lt", "sgt", "capt", "adm", "maj", "prof", "st", "jr", "sr", "amb", "pres", "rev");

    private byte[] titleCase;

    /** Whether most words of a sentence are capitalised (a title-case headline); computed once per sentence. */
    boolean titleCase(int sentence) {
        if (titleCase == null) {
            titleCase = new byte[sentences.size()];
        }
        if (titleCase[sentence] == 0) {
            Sentence s = sentences.get(sentence);
            int words = 0;
            int caps = 0;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (isWord(k)) {
                    words++;
                    caps += isCapitalised(k) ? 1 : 0;
                }
            }
            titleCase[sentence] = (byte) (caps * 10 >= words * 7 ? 1 : 2);
        }
        return titleCase[sentence] == 1;
    }

    Sentence sentence(int tokenIndex) {
        return sentences.get(sentenceOf[tokenIndex]);
    }

    int paragraph(int tokenIndex) {
        return paragraphOfSentence[sentenceOf[tokenIndex]];
    }

    /** The first token at or after a character offset (n when none). */
    int tokenAt(int charOffset) {
        return tokenAt(tokens, charOffset);
    }

    /** The first token that ends after {@code charOffset} (the token holding it, or the next one). */
    static int tokenAt(List<Token> tokens, int charOffset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= charOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String span(int firstToken, int endToken) {
        return text.substring(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }
}
