package org.slant.compare;

import org.slant.model.ArticleResult;
import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Sentence;
import org.slant.text.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the facts of one article that a coverage table compares across articles:
 * numbers with their modifier and unit ("at least 144 people", "$100 billion"), dates ("July 26"),
 * names of people and organisations (capitalised multi-word names, titles and demonyms stripped,
 * headlines in title case skipped), and
 * quoted statements of three words or more.
 */
public final class Facts {

    private static final Set<String> PREFIXES = loadWords("/compare/name-prefixes.txt");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "bn", 1e9, "m", 1e6);
    private static final List<String> MODIFIERS = List.of("at least", "more than", "over", "up to", "nearly",
            "almost", "about", "around", "some", "as many as", "fewer than", "less than", "roughly",
            "approximately", "under", "only");
    /**
     * Words between a number and its unit that say nothing about what is counted. Whose the counted things are
     * ("$60 billion US aid", "30 Russian soldiers") is skipped by a rule, not a list: see {@link #qualifier}.
     */
    private static final Set<String> UNIT_SKIP = Set.of("individual", "other", "more", "new", "extra", "additional",
            "of", "the", "a", "an", "foreign");

    private Facts() {
    }

    public static List<Fact> of(ArticleResult r) {
        Content c = r.content();
        List<Fact> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        List<Token> t = c.tokens();
        Set<String> lowerWords = new HashSet<>();
        for (Token tok : t) {
            if (tok.type() == Token.Type.WORD && !isCapital(c, tok)) {
                lowerWords.add(tok.norm());
            }
        }
        for (Sentence s : c.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token tok = t.get(i);
                if (tok.type() == Token.Type.NUMBER) {
                    i = number(c, s, i, out);
                } else if (tok.type() == Token.Type.WORD && MONTHS.containsKey(tok.norm()) && isCapital(c, tok)) {
                    date(c, s, i, out);
                }
            }
            if (!titleCase(c, s)) {
                names(c, s, lowerWords, out);
            }
        }
        for (Quote q : c.quotes()) {
            quote(c, q, out);
        }
        return out;
    }

    /** "at least 144 people", "$100 billion fund", "2 per cent". Returns the last token used. */
    private static int number(Content c, Sentence s, int i, List<Fact> out) {
        List<Token> t = c.tokens();
        Token num = t.get(i);
        String digits = num.norm().replace(",", "");
        double value;
        try {
            value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return i;
        }
        // a year or a day of a month is a date, not a quantity
        if (i > s.firstToken() && MONTHS.containsKey(t.get(i - 1).norm())) {
            return i;
        }
        if (i + 1 < s.endToken() && MONTHS.containsKey(t.get(i + 1).norm())) {
            return i;
        }
        if (digits.length() == 4 && value >= 1900 && value <= 2100) {
            return i;
        }
        if (clockTime(c, s, i)) {
            return i;
        }
        int first = i;
        String currency = "";
        if (i > s.firstToken() && t.get(i - 1).type() == Token.Type.SYMBOL && t.get(i - 1).end() == num.start()) {
            currency = c.text().substring(t.get(i - 1).start(), t.get(i - 1).end());
            first = i - 1;
        }
        String modifier = "";
        for (String m : MODIFIERS) {
            String[] w = m.split(" ");
            int k = first - w.length;
            if (k < s.firstToken()) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < w.length; j++) {
                ok &= t.get(k + j).norm().equals(w[j]);
            }
            if (ok) {
                modifier = m;
                first = k;
                break;
            }
        }
        int last = i;
        int j = i + 1;
        if (j < s.endToken() && SCALES.containsKey(t.get(j).norm())) {
            value *= SCALES.get(t.get(j).norm());
            last = j++;
        }
        String unit = null;
        if (j + 1 < s.endToken() && t.get(j).is("per") && t.get(j + 1).is("cent")) {
            unit = "percent";
            last = j + 1;
        } else if (j < s.endToken() && t.get(j).is("%")) {
            unit = "percent";
            last = j;
        } else {
            for (int k = j; k < Math.min(s.endToken(), j + 3); k++) {
                Token u = t.get(k);
                if (u.type() != Token.Type.WORD) {
                    break;
                }
                if (!UNIT_SKIP.contains(u.norm()) && !qualifier(c, u)) {
                    unit = Stems.stem(u.norm());
                    last = k;
                    break;
                }
            }
        }
        if (unit == null && currency.isEmpty()) {
            return i; // a bare number says too little to compare
        }
        String unitKey = currency + (unit == null ? "" : unit);
        String form = (modifier.isEmpty() ? "" : modifier + " ") + currency + fmt(value) + " " + unitKey;
        out.add(fact(c, "number", unitKey, value, form.strip(), first, last));
        return last;
    }

    /** "5:05 p.m.", "10.30am", "17:00": a time of day, not a quantity. */
    private static boolean clockTime(Content c, Sentence s, int i) {
        List<Token> t = c.tokens();
        Token num = t.get(i);
        String text = c.text();
        boolean colonBefore = num.start() > 0 && (text.charAt(num.start() - 1) == ':');
        boolean colonAfter = num.end() < text.length() && text.charAt(num.end()) == ':';
        if (colonBefore || colonAfter || num.norm().contains(":")) {
            return true;
        }
        if (i + 1 < s.endToken()) {
            String next = t.get(i + 1).norm().replace(".", "");
            if (next.equals("am") || next.equals("pm") || next.equals("gmt") || next.equals("bst")
                    || next.equals("utc") || next.equals("cet") || next.equals("et") || next.equals("edt")) {
                return true;
            }
        }
        String w = num.norm();
        return w.endsWith("am") || w.endsWith("pm");
    }

    private static void date(Content c, Sentence s, int i, List<Fact> out) {
        List<Token> t = c.tokens();
        int month = MONTHS.get(t.get(i).norm());
        int day = -1;
        int first = i;
        int last = i;
        if (i + 1 < s.endToken() && t.get(i + 1).type() == Token.Type.NUMBER) {
            day = dayOf(t.get(i + 1).norm());
            last = i + 1;
        } else if (i > s.firstToken() && t.get(i - 1).type() == Token.Type.NUMBER) {
            day = dayOf(t.get(i - 1).norm());
            first = i - 1;
        }
        if (day < 1) {
            return; // "in March": too vague to compare
        }
        String key = String.format(Locale.ROOT, "%02d-%02d", month, day);
        out.add(fact(c, "date", key, 0, key, first, last));
    }

    private static int dayOf(String s) {
        try {
            int d = Integer.parseInt(s);
            return d >= 1 && d <= 31 ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Capitalised multi-word names, after titles, demonyms and openers are stripped from the front. */
    private static void names(Content c, Sentence s, Set<String> lowerWords, List<Fact> out) {
        List<Token> t = c.tokens();
        int i = s.firstToken();
        while (i < s.endToken()) {
            if (!isName(c, t.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.endToken() && isName(c, t.get(j + 1)) && adjacentWords(c, t.get(j), t.get(j + 1))) {
                j++;
            }
            int from = i;
            // a sentence's first word is capitalised anyway: when the article also writes it in lower case
            // ("Supposedly Russia told ..." / "being supposedly too soft") it is not part of a name
            if (from == s.firstToken() && from < j && lowerWords.contains(t.get(from).norm())) {
                from++;
            }
            while (from <= j && PREFIXES.contains(t.get(from).norm())) {
                from++;
            }
            if (from <= j) {
                StringBuilder key = new StringBuilder();
                for (int k = from; k <= j; k++) {
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    key.append(t.get(k).norm());
                }
                boolean single = from == j;
                // a lone capitalised word opening a sentence is usually not a name; a single letter ("E", "W")
                // is an initial or a compass point, not a fact
                if (!(single && from == s.firstToken()) && !(single && t.get(from).length() < 2)) {
                    out.add(fact(c, single ? "name" : "entity", key.toString(), 0, key.toString(), from, j));
                }
            }
            i = j + 1;
        }
    }

    /**
     * A headline in title case ("Paris Accusing Moscow of ...") capitalises every word, so capitals say
     * nothing about names there: three quarters of its words or more are capitalised.
     */
    private static boolean titleCase(Content c, Sentence s) {
        int words = 0;
        int caps = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = c.tokens().get(i);
            if (t.type() == Token.Type.WORD && t.length() > 3) {
                words++;
                if (isCapital(c, t)) {
                    caps++;
                }
            }
        }
        return words >= 6 && caps * 4 >= words * 3;
    }

    /**
     * A word that says whose the counted things are, not what they are: a demonym or title from the name
     * prefixes ("Russian", "American") or an abbreviation written in capitals ("US", "EU", "UN").
     */
    private static boolean qualifier(Content c, Token u) {
        if (PREFIXES.contains(u.norm())) {
            return true;
        }
        String w = c.text().substring(u.start(), u.end()).replace(".", "");
        return w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch));
    }

    private static boolean isName(Content c, Token tok) {
        return tok.type() == Token.Type.WORD && isCapital(c, tok) && !tok.norm().startsWith("'");
    }

    private static boolean isCapital(Content c, Token tok) {
        return Character.isUpperCase(c.text().codePointAt(tok.start()));
    }

    /** Two words of one name: separated by spaces only (not by a comma, a line break or a quote mark). */
    private static boolean adjacentWords(Content c, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char ch = c.text().charAt(k);
            if (ch != ' ' && ch != '-' && ch != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static void quote(Content c, Quote q, List<Fact> out) {
        if (q.depth() > 0) {
            return;
        }
        List<String> words = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int k = firstTokenAt(c.tokens(), q.contentStart()); k < c.tokens().size(); k++) {
            Token tok = c.tokens().get(k);
            if (tok.start() >= q.contentEnd()) {
                break;
            }
            if (tok.start() >= q.contentStart() && tok.isWord()) {
                words.add(tok.norm());
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (words.size() < 3) {
            return;
        }
        String key = String.join(" ", words);
        out.add(fact(c, "quote", key, 0, key, first, last));
    }

    /** Index of the first token starting at or after {@code offset} (tokens are in text order). */
    static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Fact fact(Content c, String kind, String key, double value, String form, int firstToken, int lastToken) {
        int s = c.rawStart(c.tokens().get(firstToken).start());
        int e = c.rawEnd(c.tokens().get(lastToken).end());
        return new Fact(kind, key, value, form, c.raw().substring(s, e), s, e);
    }

    static String formatValue(double v) {
        return fmt(v);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static Set<String> loadWords(String resource) {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Facts.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read " + resource, e));
        }
        return out;
    }
}
