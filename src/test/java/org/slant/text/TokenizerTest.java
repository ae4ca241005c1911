package org.slant.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {

    private static List<String> norms(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::norm).toList();
    }

    @Test
    void possessivesSplitOffSoTheNameMatches() {
        assertEquals(List.of("kiev", "'s", "possible", "involvement"), norms("Kiev’s possible involvement"));
        assertEquals(List.of("russia", "'s", "war"), norms("Russia's war"));
    }

    @Test
    void contractionsAndNamesWithApostrophesStayWhole() {
        assertEquals(List.of("don't", "go"), norms("don't go"));
        assertEquals(List.of("o'brien", "said"), norms("O'Brien said"));
    }

    @Test
    void hyphenGluesWordsAndIsNotAToken() {
        List<Token> t = Tokenizer.tokenize("a neo-Nazi group");
        assertEquals(List.of("a", "neo", "nazi", "group"), t.stream().map(Token::norm).toList());
        assertTrue(t.get(2).glued());
        assertEquals(3, Tokenizer.countWords("a neo-Nazi group"));
    }

    @Test
    void spacedDashIsPunctuation() {
        assertEquals(List.of("france", "–", "moscow"), norms("France – Moscow"));
        assertEquals(List.of("a", "-", "b"), norms("a - b"));
    }

    @Test
    void initialismsKeepInnerDots() {
        assertEquals(List.of("the", "u.s", ".", "said"), norms("the U.S. said"));
        assertEquals(List.of("mr", ".", "macron"), norms("Mr. Macron"));
    }

    @Test
    void aWordEndsAtPunctuationUnlessAnApostropheOrDotLeadsOnToALetter() {
        // the word's end is decided on ASCII characters without the character-type look-ups: each case here
        // goes through one branch of that decision
        assertEquals(List.of("end", ",", "then", "stop", ".", "x", "'"), norms("end, then stop. x'"));
        assertEquals(List.of("rock'n'roll", "a.b", "e.g", ".", ","), norms("rock'n'roll a.b e.g.,"));
        assertEquals(List.of("l'ete", "dans", "l'е", "l", "'", "1"), norms("l'été dans l'е l'1"));
        assertEquals(List.of("word", "\"", ")", "end", "x"), norms("word\") end\n x"));
        assertEquals(List.of("russia", "'s", "\"", "war", "'", "\"", "\u2014", "o'neill", "'s", "end", "\u2026"),
                norms("Russia\u2019s \u201cwar\u2019\u201d\u2014O\u2019Neill\u2019s end\u2026"));
    }

    @Test
    void numbersWithSeparators() {
        List<Token> t = Tokenizer.tokenize("$100 billion and 1,500.5 people");
        assertEquals(List.of("$", "100", "billion", "and", "1,500.5", "people"), t.stream().map(Token::norm).toList());
        assertEquals(Token.Type.NUMBER, t.get(1).type());
        assertEquals(Token.Type.SYMBOL, t.get(0).type());
    }

    @Test
    void accentsFoldForMatching() {
        assertEquals(List.of("gerald", "darmanin"), norms("Gérald Darmanin"));
        assertEquals(List.of("szijjarto"), norms("Szijjártó"));
    }

    @Test
    void curlyQuotesNormaliseToStraight() {
        assertEquals(List.of("\"", "terrorism", "\""), norms("“terrorism”"));
    }

    @Test
    void offsetsAreExact() {
        String s = "  Cyrillic: Зеркало сайта — ok?  ";
        for (Token t : Tokenizer.tokenize(s)) {
            assertFalse(s.substring(t.start(), t.end()).isBlank());
            assertTrue(t.end() <= s.length());
        }
    }

    @Test
    void surrogatePairsStayInOneToken() {
        String s = "emoji 😀 here 𝐁old";
        for (Token t : Tokenizer.tokenize(s)) {
            assertFalse(Character.isLowSurrogate(s.charAt(t.start())), "token starts inside a pair: " + t);
            assertFalse(Character.isHighSurrogate(s.charAt(t.end() - 1)), "token ends inside a pair: " + t);
        }
    }

    @Test
    void curlyApostrophesInAsciiWordsNormaliseAsTheGeneralPathDoes() {
        String[] parts = {"Don", "t", "O", "Brien", "rock", "n", "ROLL", "\u2019", "\u02BC", "\u2018", "'", "\u00e9", "x"};
        java.util.Random rnd = new java.util.Random(21);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = rnd.nextInt(5); i >= 0; i--) {
                b.append(parts[rnd.nextInt(parts.length)]);
            }
            String w = b.toString();
            String s = w.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'');
            String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{Mn}", "").toLowerCase(java.util.Locale.ROOT);
            assertEquals(folded, Tokenizer.norm(w, 0, w.length()), w);
        }
    }
}
