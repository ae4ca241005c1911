package org.slant.extract.attribution;

import com.google.re2j.Matcher;
import org.slant.lexicon.PhraseIndex;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.Voice;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes an embedded post ({@link EmbeddedPosts}) a direct quotation of its author: the attribution in clean
 * offsets (for the speech spans terminology reads), the finding in raw offsets (its span the signature, also when
 * the boilerplate stage left the signature line out of the clean text), and the rule attributions inside the post
 * nested in it.
 */
final class PostQuotes {

    /** One post: its attribution (clean offsets) and its finding (raw offsets). */
    record Post(Attribution attribution, Finding finding) {
    }

    private final ActorGazetteer gazetteer;

    PostQuotes(ActorGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the post whose raw pieces are given, when any of them is in the clean text. */
    void add(Content c, EmbeddedPosts.Signed s, List<int[]> rawPieces, List<Post> out) {
        List<Attribution.Piece> pieces = new ArrayList<>();
        for (int[] p : rawPieces) {
            int start = clean(c, p[0]);
            int end = clean(c, p[1]);
            while (start < end && Character.isWhitespace(c.text().charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(c.text().charAt(end - 1))) {
                end--;
            }
            if (start >= 0 && end > start) {
                pieces.add(new Attribution.Piece(start, end));
            }
        }
        if (pieces.isEmpty()) {
            return;
        }
        int base = s.block().start();
        int[] name = group(s.m(), "name");
        int[] handle = group(s.m(), "handle");
        int[] who = name != null ? name : handle;
        String nameText = name == null ? null : c.raw().substring(base + name[0], base + name[1]).strip();
        String handleText = handle == null ? null : "@" + c.raw().substring(base + handle[0], base + handle[1]);
        Source source = source(nameText != null && !nameText.isEmpty() ? nameText : handleText);
        int sigStart = base + s.m().start();
        int sigEnd = base + s.m().end();
        // the signature in the clean text when the article kept it, else -1 (it is a boilerplate line of the raw text)
        int cueStart = inClean(c, sigStart) ? clean(c, sigStart) : -1;
        int cueEnd = cueStart < 0 ? -1 : clean(c, sigEnd);
        int srcStart = cueStart < 0 ? -1 : clean(c, base + who[0]);
        int srcEnd = cueStart < 0 ? -1 : clean(c, base + who[1]);
        Cue cue = new Cue(s.rule().id(), "neutral", Cue.Frame.VERB, false, Cue.ContentRule.QUOTE, List.of(), false, false);
        Attribution a = new Attribution(cue, cueStart, cueEnd, srcStart, srcEnd, pieces, source, true, EmbeddedPosts.PATTERN, 0, null,
                pieces);
        List<Attrs.Span> more = new ArrayList<>();
        for (int k = 1; k < pieces.size(); k++) {
            more.add(rawSpan(c, pieces.get(k)));
        }
        Attrs.Attribution attrs = new Attrs.Attribution(span(c.raw(), base + who[0], base + who[1]),
                span(c.raw(), sigStart, sigEnd), rawSpan(c, pieces.get(0)), more, source.speaker(), null,
                source.affiliation(), cue.stance(), true, EmbeddedPosts.PATTERN, source.resolution(), false, null);
        Finding f = Finding.of(c.raw(), AttributionExtractor.ID, source.type(), sigStart, sigEnd, Voice.QUOTED,
                s.rule().id(), 1.0, attrs);
        out.add(new Post(a, f));
    }

    /** The author as a source: the gazetteer's actor when it knows the whole name, else a named account, side unknown. */
    private Source source(String who) {
        List<Token> tokens = Tokenizer.tokenize(who);
        String type = "named";
        String speaker = who;
        String side = Source.UNKNOWN;
        String gender = null;
        List<PhraseIndex.Match<ActorTerm>> found = gazetteer.mentions(tokens, who);
        if (found.size() == 1 && found.get(0).firstToken() == 0 && found.get(0).endToken() == tokens.size()) {
            ActorTerm t = found.get(0).payload();
            if (t.isPerson() || t.type() == ActorTerm.Type.ORGANISATION) {
                type = t.isPerson() ? "named" : "institution";
                speaker = t.canonical() != null ? t.canonical() : who;
                side = t.actor() != null ? t.actor() : Source.UNKNOWN;
                gender = t.gender();
            }
        }
        return new Source(type, speaker, null, side, gender, java.util.Set.of(), "post-signature");
    }

    /**
     * Rule attributions whose cue lies inside a post are the post's reported speech: depth 1, or dropped when
     * they were nested already (only the outermost two levels are kept, as {@link Nesting} keeps them).
     */
    static List<Attribution> nest(List<Attribution> found, List<Post> posts) {
        if (posts.isEmpty()) {
            return found;
        }
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            boolean inside = false;
            for (Post p : posts) {
                for (Attribution.Piece piece : p.attribution().content()) {
                    inside |= a.cueStart() >= piece.start() && a.cueEnd() <= piece.end();
                }
            }
            if (!inside) {
                out.add(a);
            } else if (a.depth() == 0) {
                out.add(a.withDepth(1));
            }
        }
        return out;
    }

    private static int[] group(Matcher m, String name) {
        try {
            int s = m.start(name);
            return s < 0 ? null : new int[]{s, m.end(name)};
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    static int words(String raw, org.slant.text.Block b) {
        int n = 0;
        for (Token t : Tokenizer.tokenize(raw.substring(b.start(), b.end()))) {
            if (t.countsAsWord()) {
                n++;
            }
        }
        return n;
    }

    /** True when the raw offset lies in a kept block. */
    private static boolean inClean(Content c, int raw) {
        int x = clean(c, raw);
        return x < c.text().length() && c.rawStart(x) == raw;
    }

    /** The first clean offset whose raw offset is at or after {@code raw} (binary search: the map is monotonic). */
    private static int clean(Content c, int raw) {
        int lo = 0;
        int hi = c.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c.rawStart(mid) < raw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Attrs.Span rawSpan(Content c, Attribution.Piece p) {
        int s = c.rawStart(p.start());
        int e = Math.max(s, c.rawEnd(p.end()));
        return span(c.raw(), s, e);
    }

    private static Attrs.Span span(String raw, int s, int e) {
        return new Attrs.Span(s, e, raw.substring(s, e));
    }
}
