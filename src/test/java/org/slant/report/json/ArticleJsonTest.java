package org.slant.report.json;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.batch.RunOptions;
import org.slant.compare.Analysis;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.OutletEvidence;
import org.slant.model.OutletSource;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;
import org.slant.testing.Project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field-by-field JSON line gives the bytes data binding gives, for every kind of attrs and odd text. */
class ArticleJsonTest {

    @Test
    void everyRecordIsWrittenFieldByField() {
        // fails when a record gained or lost a field: teach AttrsJson / ArticleJson the new field (the output
        // stays right meanwhile: such records are written by data binding)
        assertTrue(ArticleJson.fieldByField(), "Finding or OutletEvidence changed");
        for (Class<? extends Record> c : List.of(Attrs.None.class, Attrs.Span.class, Attrs.Attribution.class,
                Attrs.Boilerplate.class, TermAttrs.Entry.class, TermAttrs.Naming.class, TermAttrs.ScareQuote.class,
                TermAttrs.Learned.class)) {
            assertTrue(AttrsJson.known(c), c + " changed");
        }
        assertEquals(4, Attrs.class.getPermittedSubclasses().length, "a new kind of attrs: add it to AttrsJson");
        assertEquals(4, TermAttrs.class.getPermittedSubclasses().length, "a new kind of attrs: add it to AttrsJson");
    }

    @Test
    void seedArticlesGiveTheSameLines() throws IOException {
        Analysis a = Slant.analyzeAll(List.of(Project.seeds().toString()), RunOptions.defaults());
        assertEquals(5, a.articles().size());
        for (ArticleResult r : a.articles()) {
            assertEquals(AnalysisJson.boundLine(r), AnalysisJson.line(r), r.id());
        }
    }

    @Test
    void everyKindOfAttrsWithAndWithoutItsOptionalFields() throws IOException {
        Random rnd = new Random(21);
        for (int k = 0; k < 300; k++) {
            List<Finding> fs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = text(rnd, 1 + rnd.nextInt(12));
                fs.add(new Finding("x" + i % 3, "c", i, i + text.length(), text, Voice.values()[rnd.nextInt(4)],
                        "rule." + text(rnd, 3), rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextDouble() * 3, attrs(rnd)));
            }
            TreeMap<String, Double> metrics = new TreeMap<>(Map.of("a.b", rnd.nextDouble(), "a.c", 1.0,
                    "z", Double.POSITIVE_INFINITY, text(rnd, 4), -0.0));
            ArticleMeta meta = new ArticleMeta(maybe(rnd), maybe(rnd), OutletSource.values()[rnd.nextInt(4)],
                    List.of(new OutletEvidence("byline", text(rnd, 5), 3, 8, text(rnd, 5))), maybe(rnd), maybe(rnd),
                    maybe(rnd), maybe(rnd));
            Article art = new Article("id-" + text(rnd, 3), "f/" + text(rnd, 4), "text", meta, "raw", List.of());
            ArticleResult r = new ArticleResult(art, rnd.nextInt(900), metrics, fs, List.of(text(rnd, 6)), null);
            assertEquals(AnalysisJson.boundLine(r), AnalysisJson.line(r));
        }
    }

    private static Attrs attrs(Random rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> Attrs.NONE;
            case 1 -> new Attrs.Boilerplate(rnd.nextInt(40), List.of(text(rnd, 3), text(rnd, 7)));
            case 2 -> new Attrs.Attribution(span(rnd), span(rnd), span(rnd),
                    rnd.nextBoolean() ? List.of() : List.of(new Attrs.Span(3, 9, text(rnd, 6)), new Attrs.Span(1, 2, "x")), maybe(rnd),
                    maybe(rnd), maybe(rnd), maybe(rnd), rnd.nextBoolean(), maybe(rnd), maybe(rnd), rnd.nextBoolean(),
                    maybe(rnd));
            case 3 -> new TermAttrs.Entry(maybe(rnd), maybe(rnd), maybe(rnd), maybe(rnd));
            case 4 -> new TermAttrs.Naming(maybe(rnd), maybe(rnd), maybe(rnd), maybe(rnd), maybe(rnd), maybe(rnd),
                    maybe(rnd));
            case 5 -> new TermAttrs.ScareQuote(maybe(rnd), maybe(rnd), maybe(rnd), maybe(rnd), maybe(rnd));
            case 6 -> new TermAttrs.Learned(maybe(rnd), rnd.nextInt(100) / 100.0, maybe(rnd), maybe(rnd), maybe(rnd),
                    maybe(rnd));
            default -> new TermAttrs.Entry("loaded", TermAttrs.Who.NONE);
        };
    }

    private static Attrs.Span span(Random rnd) {
        return rnd.nextInt(4) == 0 ? null : new Attrs.Span(rnd.nextInt(50), 50 + rnd.nextInt(50), text(rnd, 4));
    }

    private static String maybe(Random rnd) {
        return rnd.nextInt(3) == 0 ? null : text(rnd, rnd.nextInt(9));
    }

    /** Text with quotes, backslashes, control characters, non-Latin letters and lone surrogates. */
    static String text(Random rnd, int n) {
        String odd = "\"\\\n\r\t\b\f\u0000\u001f\u007f\u00e9\u2028\u201c\u0416\uD83D\uDE00\uD800\uDC00, '=+-@ /<>&";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(rnd.nextInt(3) == 0 ? odd.charAt(rnd.nextInt(odd.length())) : (char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }
}
