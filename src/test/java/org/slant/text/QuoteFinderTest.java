package org.slant.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private static List<String> contents(String s) {
        return QuoteFinder.find(s).stream().map(q -> s.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertEquals(List.of("bizarre and threatening", "ridiculous"),
                contents("as “bizarre and threatening” and \"ridiculous\"."));
    }

    @Test
    void singleQuotesAreNotApostrophes() {
        assertEquals(List.of("confidence"), contents("Macron's plea to have 'confidence' ahead of Russia’s games"));
        assertEquals(List.of("Fight for freedom"), contents("‘Fight for freedom’"));
        assertEquals(List.of(), contents("Kiev’s role and the players' union"));
    }

    @Test
    void twoApostrophesActAsADoubleQuoteMark() {
        String s = "''Swaps are tricky,'' he said. ''In this case, I'm glad it took place.''";
        assertEquals(List.of("Swaps are tricky,", "In this case, I'm glad it took place."), contents(s));
        List<Quote> q = QuoteFinder.find(s);
        assertEquals(0, q.get(0).start());
        assertEquals(s.indexOf(" he"), q.get(0).end());
        assertEquals(List.of(), contents("the players' union and the drivers' club"));
    }

    @Test
    void twoApostrophesContinueAQuotationInTheNextParagraph() {
        String s = "He said: ''We will stay.\n\n''And we will win.''";
        List<Quote> q = QuoteFinder.find(s);
        assertEquals(1, q.size());
        assertEquals(2, q.get(0).paragraphs());
        assertEquals(s.length(), q.get(0).end());
    }

    @Test
    void quoteInsideQuote() {
        String s = "He said: “They called it ‘a provocation’ today.”";
        List<Quote> q = QuoteFinder.find(s);
        assertEquals(2, q.size());
        assertEquals(0, q.get(0).depth());
        assertEquals(1, q.get(1).depth());
        assertEquals("a provocation", s.substring(q.get(1).contentStart(), q.get(1).contentEnd()));
    }

    @Test
    void quotationRunsOverParagraphsWhenTheNextOpensWithAQuoteMark() {
        String s = "He said: “I think we agree.\n\n“But fundamentally, this is about will.”\n\nThen he left.";
        List<Quote> q = QuoteFinder.find(s);
        assertEquals(1, q.size());
        assertEquals(2, q.get(0).paragraphs());
        assertTrue(q.get(0).closed());
        assertTrue(s.substring(q.get(0).contentStart(), q.get(0).contentEnd()).endsWith("about will."));
    }

    @Test
    void unclosedQuoteStopsAtTheParagraphEnd() {
        String s = "He said: “I will never stop\n\nThe next paragraph is narration.";
        List<Quote> q = QuoteFinder.find(s);
        assertEquals(1, q.size());
        assertFalse(q.get(0).closed());
        assertEquals("I will never stop", s.substring(q.get(0).contentStart(), q.get(0).contentEnd()));
    }

    @Test
    void aWallOfQuoteMarksStaysLinearAndBounded() {
        String s = "“".repeat(100_000) + "x" + "”".repeat(100_000);
        List<Quote> q = QuoteFinder.find(s);
        assertTrue(q.size() <= 8, "nesting is capped");
    }
}
