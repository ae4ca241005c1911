package org.slant.model;

import org.slant.text.Block;
import org.slant.text.OffsetMap;
import org.slant.text.Quote;
import org.slant.text.QuoteFinder;
import org.slant.text.QuoteIndex;
import org.slant.text.Sentence;
import org.slant.text.SentenceSplitter;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The clean article: the content blocks joined into one text, with its tokens, sentences and quotations,
 * and the map back to the raw text. Extractors work on {@link #text()} and report raw offsets through
 * {@link #finding} (or {@link #rawStart}/{@link #rawEnd}), so every finding still points into the raw text.
 *
 * @param blocks the raw blocks kept as content, in order
 */
public record Content(String raw, String text, OffsetMap map, List<Block> blocks, List<Token> tokens,
                      List<Sentence> sentences, List<Quote> quotes, QuoteIndex quoteIndex) {

    public Content {
        blocks = List.copyOf(blocks);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
    }

    public int rawStart(int clean) {
        return map.correctOffset(clean);
    }

    public int rawEnd(int clean) {
        return map.correctEndOffset(clean);
    }

    /** A finding for the clean range {@code [cleanStart, cleanEnd)}, placed at its raw offsets. */
    public Finding finding(String extractor, String category, int cleanStart, int cleanEnd, Voice voice,
                           String rule, double weight, Attrs attrs) {
        int s = rawStart(cleanStart);
        int e = Math.max(s, rawEnd(cleanEnd));
        return Finding.of(raw, extractor, category, s, e, voice, rule, weight, attrs);
    }

    /** Words in the clean text. */
    public int words() {
        int n = 0;
        for (Token t : tokens) {
            if (t.countsAsWord()) {
                n++;
            }
        }
        return n;
    }

    /** The innermost quotation whose inside holds the clean range, or null. */
    public Quote quoteAt(int from, int to) {
        return quoteIndex.covering(from, to);
    }

    /**
     * The clean text {@link #of} builds from the blocks to keep, text only (no offset map, tokens or
     * sentences): the blocks' raw text, a continuation block joined to the block just before it with a
     * space, others with a blank line.
     */
    public static String join(String raw, List<Block> kept) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            Block block = kept.get(i);
            if (i > 0) {
                b.append(separator(kept, i));
            }
            b.append(raw, block.start(), block.end());
        }
        return b.toString();
    }

    /** What goes before kept block i (i > 0): a space when it continues the block just before it, else a blank line. */
    private static String separator(List<Block> kept, int i) {
        Block block = kept.get(i);
        boolean joinsPrevious = block.continuation() && kept.get(i - 1).index() == block.index() - 1;
        return joinsPrevious ? " " : "\n\n";
    }

    /** Builds the clean text from the blocks to keep. Continuation blocks join with a space, others with a blank line. */
    public static Content of(String raw, List<Block> kept) {
        return of(raw, kept, null);
    }

    /**
     * As {@link #of(String, List)}, with the kept blocks' tokens already made (raw offsets, one list per kept
     * block, null where not made): they are shifted into the clean text rather than made again. The same
     * tokens either way, since the separators are whitespace (see {@link org.slant.text.BlockTokens}).
     */
    public static Content of(String raw, List<Block> kept, List<List<Token>> keptTokens) {
        OffsetMap.Builder b = new OffsetMap.Builder(raw);
        int[] at = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Block block = kept.get(i);
            if (i > 0) {
                b.separator(separator(kept, i));
            }
            at[i] = b.length();
            b.slice(block.start(), block.end());
        }
        String text = b.text();
        List<Token> tokens;
        if (keptTokens == null) {
            tokens = Tokenizer.tokenize(text);
        } else {
            tokens = new ArrayList<>(Math.max(4, text.length() / 5));
            for (int i = 0; i < kept.size(); i++) {
                Block block = kept.get(i);
                List<Token> made = keptTokens.get(i);
                if (made == null) {
                    tokens.addAll(Tokenizer.tokenize(text, at[i], at[i] + block.end() - block.start()));
                    continue;
                }
                int shift = at[i] - block.start();
                for (Token t : made) {
                    tokens.add(new Token(t.start() + shift, t.end() + shift, t.type(), t.norm(), t.glued(), t.form()));
                }
            }
        }
        List<Quote> quotes = QuoteFinder.find(text);
        return new Content(raw, text, b.map(), kept, tokens, SentenceSplitter.split(text, tokens), quotes,
                new QuoteIndex(quotes, text.length()));
    }
}
