package org.slant.text;

import java.util.List;

/**
 * A block's tokens in raw-text offsets, as the boilerplate classifier made them: the content stage shifts them
 * into the clean text instead of tokenising the kept blocks a second time (a tenth of the analysis on real
 * news text). Tokenising a block alone gives the same tokens as tokenising it inside the clean text, where
 * blocks are joined by whitespace, which ends every token and resets hyphen gluing.
 */
public record BlockTokens(Block block, List<Token> tokens) {

    public BlockTokens {
        tokens = List.copyOf(tokens);
    }
}
