package org.slant.text;

/**
 * A sentence: character range plus the range of its tokens in the token list ({@code [firstToken, endToken)}).
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) implements Span {
}
