package org.slant.extract.attribution;

import org.slant.extract.attribution.model.AttributionModel;
import org.slant.model.Content;
import org.slant.text.Quote;
import org.slant.text.Sentence;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the attributions from the model's cues and sources. The model decides which cues there are and
 * where they and their sources start and end; the rules add what the model does not predict: the
 * speaker's classification (the rules' own when their source overlaps the model's, else the model's source
 * resolved by the rules' speaker and side machinery, {@link ModelSources}), the stance of the cue, the
 * content pieces and medium (when a rule cue overlaps the model's). A rule cue the model does not confirm is
 * dropped; attributions nested inside another's content (depth 1, which PolNeAR does not label) stay the
 * rules'. Every model-made attribution names the model in its rule id ({@code model.cue@5}).
 */
final class ModelMerge {

    private ModelMerge() {
    }

    static List<Attribution> merge(Content c, List<Attribution> rules, List<AttributionModel.Found> found,
                                   List<Source> resolved, String modelId) {
        List<Token> t = c.tokens();
        List<Attribution> out = new ArrayList<>();
        for (Attribution r : rules) {
            if (r.depth() > 0) {
                out.add(r);
            }
        }
        for (int k = 0; k < found.size(); k++) {
            AttributionModel.Found f = found.get(k);
            int cs = t.get(f.cueFirst()).start();
            int ce = t.get(f.cueEnd() - 1).end();
            int ss = f.hasSource() ? t.get(f.sourceFirst()).start() : cs;
            int se = f.hasSource() ? t.get(f.sourceEnd() - 1).end() : cs;
            Attribution r = overlapping(rules, cs, ce);
            Cue base = r != null ? r.cue() : null;
            Cue cue = new Cue(modelId, base != null ? base.stance() : "neutral",
                    base != null ? base.frame() : Cue.Frame.VERB, false, Cue.ContentRule.ANY, List.of(), false, false);
            Source source = source(r, f, resolved.get(k), ss, se);
            if (r != null) {
                out.add(new Attribution(cue, cs, ce, ss, se, r.content(), source, r.direct(), r.pattern(), 0,
                        r.medium(), r.quotes()));
            } else {
                Attribution.Piece p = content(c, f, cs, ce, ss, se);
                List<Attribution.Piece> quotes = quotesIn(c, p);
                boolean direct = quotes.size() == 1 && quotes.get(0).equals(p);
                out.add(new Attribution(cue, cs, ce, ss, se, List.of(p), source, direct, "model", 0, null, quotes));
            }
        }
        out.sort(Comparator.comparingInt(Attribution::cueStart).thenComparingInt(Attribution::cueEnd));
        return out;
    }

    private static Attribution overlapping(List<Attribution> rules, int cs, int ce) {
        for (Attribution r : rules) {
            if (r.depth() == 0 && r.cueStart() < ce && cs < r.cueEnd()) {
                return r;
            }
        }
        return null;
    }

    /**
     * The rules' speaker when their source overlaps the model's (their attribution may know more: a passive's
     * agent, a shared subject); else the model's phrase as the rules' speaker and side resolution classified it
     * ({@link ModelSources}).
     */
    private static Source source(Attribution r, AttributionModel.Found f, Source resolved, int ss, int se) {
        if (!f.hasSource() || resolved == null) {
            return new Source("unresolved", Source.UNKNOWN, null, null, null, null, "none");
        }
        if (r != null && !"shared".equals(r.source().resolution()) && r.sourceStart() < se && ss < r.sourceEnd()) {
            return r.source();
        }
        return resolved;
    }

    /**
     * Content for a cue the rules did not find: the rest of its sentence after the cue (and a source after
     * it), or, when nothing follows, the sentence before the source and cue. Trailing punctuation stays out.
     */
    private static Attribution.Piece content(Content c, AttributionModel.Found f, int cs, int ce, int ss, int se) {
        if (c.sentences().isEmpty()) {
            return new Attribution.Piece(cs, ce);
        }
        Sentence s = sentenceOf(c, f.cueFirst());
        List<Token> t = c.tokens();
        int after = f.hasSource() && f.sourceFirst() >= f.cueEnd() ? f.sourceEnd() : f.cueEnd();
        int end = s.endToken();
        while (end > after && t.get(end - 1).type() == Token.Type.PUNCT && !isQuote(t.get(end - 1))) {
            end--;
        }
        if (end > after) {
            return new Attribution.Piece(t.get(after).start(), t.get(end - 1).end());
        }
        int before = f.hasSource() ? Math.min(f.sourceFirst(), f.cueFirst()) : f.cueFirst();
        int first = s.firstToken();
        while (before > first && t.get(before - 1).type() == Token.Type.PUNCT && !isQuote(t.get(before - 1))) {
            before--;
        }
        return before > first ? new Attribution.Piece(t.get(first).start(), t.get(before - 1).end())
                : new Attribution.Piece(cs, ce);
    }

    private static boolean isQuote(Token t) {
        return t.norm().length() == 1 && "\"“”'‘’«»".indexOf(t.norm().charAt(0)) >= 0;
    }

    private static Sentence sentenceOf(Content c, int token) {
        List<Sentence> ss = c.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ss.get(mid).firstToken() <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return ss.get(lo);
    }

    /** The piece itself when it is exactly a quotation's words (a direct quotation); quotations inside a longer piece are not listed. */
    private static List<Attribution.Piece> quotesIn(Content c, Attribution.Piece p) {
        List<Attribution.Piece> out = new ArrayList<>();
        Quote q = c.quoteAt(p.start(), p.end());
        if (q != null && q.contentStart() >= p.start() && q.contentEnd() <= p.end()) {
            out.add(new Attribution.Piece(q.contentStart(), q.contentEnd()));
        }
        return out;
    }
}
