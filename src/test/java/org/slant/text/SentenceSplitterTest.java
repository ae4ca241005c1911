package org.slant.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static List<String> split(String s) {
        List<Token> tokens = Tokenizer.tokenize(s);
        return SentenceSplitter.split(s, tokens).stream().map(x -> x.in(s)).toList();
    }

    @Test
    void splitsOnTerminalsBeforeCapitals() {
        assertEquals(List.of("It makes no sense.", "It does not correspond to reality."),
                split("It makes no sense. It does not correspond to reality."));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Mr. Macron told reporters that the U.S. Defense Secretary J. Austin agreed."),
                split("Mr. Macron told reporters that the U.S. Defense Secretary J. Austin agreed."));
    }

    @Test
    void closingQuoteBelongsToTheSentence() {
        assertEquals(List.of("He said: “I have no doubt.”", "Then he left."),
                split("He said: “I have no doubt.” Then he left."));
    }

    @Test
    void blankLineAlwaysEndsASentence() {
        assertEquals(List.of("Huge war-chest", "Other countries refused."),
                split("Huge war-chest\n\nOther countries refused."));
    }

    @Test
    void lowerCaseAfterFullStopDoesNotSplit() {
        assertEquals(List.of("The talks, i.e. the call, ended."), split("The talks, i.e. the call, ended."));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), split("   "));
    }
}
