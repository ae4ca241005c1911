package org.slant.extract.attribution;

import com.google.re2j.Matcher;
import org.slant.lexicon.PhraseIndex;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.model.MarkupBlock;
import org.slant.model.Voice;
import org.slant.text.Block;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Embedded social posts (a tweet, an Instagram or TikTok post) as quotations of their author. A page that embeds a
 * post shows the author's words, not the outlet's: the post's text stays in the article, and this makes it a direct
 * quotation whose speaker is the author named by the post's signature ({@link SocialPostKind}'s data): the name
 * and/or the @handle, resolved to an actor by the gazetteer when it knows the name (else the side is unknown).
 * <ul>
 *   <li>HTML: the blocks inside an embed element ({@code blockquote.twitter-tweet}, ...) that the article kept are
 *       the post; the signature is any block of the element the data recognises.</li>
 *   <li>Plain text (and HTML without embed markup): a signature at the end of a kept block makes the text before
 *       it the post; a signature line on its own makes the kept block right before it the post (when that block
 *       is short enough to be one: {@link #MAX_POST_WORDS}). A non-kept block there ("View this post on
 *       Instagram") means the post's text is not in the article, and nothing is quoted.</li>
 * </ul>
 * Attributions the rules found inside a post are nested in it (depth 1; deeper ones dropped, as {@link Nesting}
 * does). Linear: one pass over the blocks, patterns only on blocks holding a trigger.
 */
final class EmbeddedPosts {

    /** The pattern of a post's attribution. */
    static final String PATTERN = "embedded-post";
    /** Longer than this, the block before a signature line is the article's own paragraph, not a post. */
    static final int MAX_POST_WORDS = 120;
    /** Blocks longer than this are not searched for a signature (a post and its signature are short). */
    private static final int MAX_BLOCK_CHARS = 2_000;

    /** One post: its attribution (clean offsets) and its finding (raw offsets). */
    record Post(Attribution attribution, Finding finding) {
    }

    private final SocialPostKind.Rules rules;
    private final ActorGazetteer gazetteer;

    EmbeddedPosts(SocialPostKind.Rules rules, ActorGazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    /**
     * The posts of an article.
     *
     * @param all    every block of the article (kept or not), in order
     * @param markup one hint per block for HTML articles, empty for plain text
     */
    List<Post> find(Content c, List<Block> all, List<MarkupBlock> markup) {
        boolean html = !markup.isEmpty() && markup.size() == all.size();
        boolean[] kept = new boolean[all.size()];
        for (Block b : c.blocks()) {
            if (b.index() < kept.length) {
                kept[b.index()] = true;
            }
        }
        List<Post> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            String embed = html ? embedElement(markup.get(i).path(), rules) : null;
            if (embed != null) {
                int end = i + 1;
                while (end < all.size() && embed.equals(embedElement(markup.get(end).path(), rules))) {
                    end++;
                }
                embedded(c, all, kept, i, end, out);
                i = end;
                continue;
            }
            Signed s = signature(c.raw(), all.get(i), false);
            if (s != null) {
                Block b = all.get(i);
                if (s.m.start() > 0 && kept[i]) {
                    add(c, s, List.of(new int[]{b.start(), b.start() + s.m.start()}), out);
                } else if (s.m.start() == 0) {
                    int j = i - 1;
                    while (j >= 0 && all.get(j).start() == all.get(j).end()) {
                        j--;
                    }
                    if (j >= 0 && kept[j] && words(c.raw(), all.get(j)) <= MAX_POST_WORDS
                            && signature(c.raw(), all.get(j), false) == null) {
                        add(c, s, List.of(new int[]{all.get(j).start(), all.get(j).end()}), out);
                    }
                }
            }
            i++;
        }
        return out;
    }

    /** An embed element's blocks [from, to): its signature, and the kept blocks that are not one, are the post. */
    private void embedded(Content c, List<Block> all, boolean[] kept, int from, int to, List<Post> out) {
        Signed sig = null;
        List<int[]> pieces = new ArrayList<>();
        for (int j = from; j < to; j++) {
            Block b = all.get(j);
            Signed s = signature(c.raw(), b, true);
            if (s != null) {
                sig = sig == null ? s : sig;
                if (s.m.start() > 0 && kept[j]) {
                    pieces.add(new int[]{b.start(), b.start() + s.m.start()});
                }
            } else if (kept[j] && b.end() > b.start()) {
                pieces.add(new int[]{b.start(), b.end()});
            }
        }
        if (sig != null) {
            add(c, sig, pieces, out);
        }
    }

    /** A signature found in a block: the match (offsets in the block's text) and the block. */
    private record Signed(SocialPostKind.Signature rule, Matcher m, Block block) {
    }

    private Signed signature(String raw, Block b, boolean inEmbed) {
        if (b.end() - b.start() > MAX_BLOCK_CHARS || b.end() == b.start()) {
            return null;
        }
        String text = raw.substring(b.start(), b.end());
        for (SocialPostKind.Signature s : rules.signatures()) {
            if (s.insideEmbed() && !inEmbed) {
                continue;
            }
            Matcher m = s.match(text);
            if (m != null) {
                return new Signed(s, m, b);
            }
        }
        return null;
    }

    /** Adds the post whose raw pieces are given, when any of them is in the clean text. */
    private void add(Content c, Signed s, List<int[]> rawPieces, List<Post> out) {
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
        int[] name = group(s.m, "name");
        int[] handle = group(s.m, "handle");
        int[] who = name != null ? name : handle;
        String nameText = name == null ? null : c.raw().substring(base + name[0], base + name[1]).strip();
        String handleText = handle == null ? null : "@" + c.raw().substring(base + handle[0], base + handle[1]);
        Source source = source(nameText != null && !nameText.isEmpty() ? nameText : handleText);
        int sigStart = base + s.m.start();
        int sigEnd = base + s.m.end();
        // the signature in the clean text when the article kept it, else -1 (it is a boilerplate line of the raw text)
        int cueStart = inClean(c, sigStart) ? clean(c, sigStart) : -1;
        int cueEnd = cueStart < 0 ? -1 : clean(c, sigEnd);
        int srcStart = cueStart < 0 ? -1 : clean(c, base + who[0]);
        int srcEnd = cueStart < 0 ? -1 : clean(c, base + who[1]);
        Cue cue = new Cue(s.rule().id(), "neutral", Cue.Frame.VERB, false, Cue.ContentRule.QUOTE, List.of(), false, false);
        Attribution a = new Attribution(cue, cueStart, cueEnd, srcStart, srcEnd, pieces, source, true, PATTERN, 0, null,
                pieces);
        List<Attrs.Span> more = new ArrayList<>();
        for (int k = 1; k < pieces.size(); k++) {
            more.add(rawSpan(c, pieces.get(k)));
        }
        Attrs.Attribution attrs = new Attrs.Attribution(span(c.raw(), base + who[0], base + who[1]),
                span(c.raw(), sigStart, sigEnd), rawSpan(c, pieces.get(0)), more, source.speaker(), null,
                source.affiliation(), cue.stance(), true, PATTERN, source.resolution(), false, null);
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

    /** The innermost element of the path that is an embed (its path up to it), or null. */
    static String embedElement(String path, SocialPostKind.Rules rules) {
        if (path == null || rules.embedClasses().isEmpty()) {
            return null;
        }
        String found = null;
        int from = 0;
        while (from < path.length()) {
            int to = path.indexOf('>', from);
            to = to < 0 ? path.length() : to;
            if (embedClass(path.substring(from, to), rules) != null) {
                found = path.substring(0, to);
            }
            from = to + 1;
        }
        return found;
    }

    /** The embed class of an element ({@code tag:index#id.class.class}, or a path ending with one), or null. */
    static String embedClass(String element, SocialPostKind.Rules rules) {
        String last = element.substring(element.lastIndexOf('>') + 1);
        int dot = last.indexOf('.');
        while (dot >= 0) {
            int next = last.indexOf('.', dot + 1);
            String cls = last.substring(dot + 1, next < 0 ? last.length() : next);
            if (rules.embedClasses().containsKey(cls)) {
                return cls;
            }
            dot = next;
        }
        return null;
    }

    private static int[] group(Matcher m, String name) {
        try {
            int s = m.start(name);
            return s < 0 ? null : new int[]{s, m.end(name)};
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    private static int words(String raw, Block b) {
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
