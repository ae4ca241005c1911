package org.slant.extract.attribution;

import com.google.re2j.Matcher;
import org.slant.model.Content;
import org.slant.model.MarkupBlock;
import org.slant.lexicon.RawChars;
import org.slant.lexicon.Triggers;
import org.slant.text.Block;

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

    private final SocialPostKind.Rules rules;
    private final PostQuotes quotes;
    /**
     * The signatures' triggers, found in one pass over a block's characters: a block with none of them (nearly
     * all) is passed over without the copy, the lowered copy and a search for each trigger that the signatures'
     * own check makes (issue 21); a block with one gets that check, unchanged
     */
    private final Triggers triggers;

    EmbeddedPosts(SocialPostKind.Rules rules, ActorGazetteer gazetteer) {
        this.rules = rules;
        this.quotes = new PostQuotes(gazetteer);
        // (an empty trigger, which the lexicon kind refuses, is in every text: no pre-check then)
        boolean empty = rules.signatures().stream().anyMatch(g -> g.triggers().contains(""));
        this.triggers = empty ? null
                : new Triggers(rules.signatures().stream().map(SocialPostKind.Signature::triggers).toList());
    }

    /**
     * The posts of an article.
     *
     * @param all    every block of the article (kept or not), in order
     * @param markup one hint per block for HTML articles, empty for plain text
     */
    List<PostQuotes.Post> find(Content c, List<Block> all, List<MarkupBlock> markup) {
        boolean html = !markup.isEmpty() && markup.size() == all.size();
        boolean[] kept = new boolean[all.size()];
        for (Block b : c.blocks()) {
            if (b.index() < kept.length) {
                kept[b.index()] = true;
            }
        }
        List<PostQuotes.Post> out = new ArrayList<>();
        char[] chars = RawChars.of(c.raw());   // every block's trigger pass reads it (shared, read-only)
        int i = 0;
        while (i < all.size()) {
            String embed = html ? embedElement(markup.get(i).path(), rules) : null;
            if (embed != null) {
                int end = i + 1;
                while (end < all.size() && embed.equals(embedElement(markup.get(end).path(), rules))) {
                    end++;
                }
                embedded(c, chars, all, kept, i, end, out);
                i = end;
                continue;
            }
            Signed s = signature(c.raw(), chars, all.get(i), false);
            if (s != null) {
                Block b = all.get(i);
                if (s.m.start() > 0 && kept[i]) {
                    quotes.add(c, s, List.of(new int[]{b.start(), b.start() + s.m.start()}), out);
                } else if (s.m.start() == 0) {
                    int j = i - 1;
                    while (j >= 0 && all.get(j).start() == all.get(j).end()) {
                        j--;
                    }
                    if (j >= 0 && kept[j] && PostQuotes.words(c.raw(), all.get(j)) <= MAX_POST_WORDS
                            && signature(c.raw(), chars, all.get(j), false) == null) {
                        quotes.add(c, s, List.of(new int[]{all.get(j).start(), all.get(j).end()}), out);
                    }
                }
            }
            i++;
        }
        return out;
    }

    /** An embed element's blocks [from, to): its signature, and the kept blocks that are not one, are the post. */
    private void embedded(Content c, char[] chars, List<Block> all, boolean[] kept, int from, int to,
                          List<PostQuotes.Post> out) {
        Signed sig = null;
        List<int[]> pieces = new ArrayList<>();
        for (int j = from; j < to; j++) {
            Block b = all.get(j);
            Signed s = signature(c.raw(), chars, b, true);
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
            quotes.add(c, sig, pieces, out);
        }
    }

    /** A signature found in a block: the match (offsets in the block's text) and the block. */
    record Signed(SocialPostKind.Signature rule, Matcher m, Block block) {
    }

    /** {@code chars}: the characters of {@code raw}. */
    private Signed signature(String raw, char[] chars, Block b, boolean inEmbed) {
        if (b.end() - b.start() > MAX_BLOCK_CHARS || b.end() == b.start()) {
            return null;
        }
        if (triggers != null && isZero(triggers.rules(chars, b.start(), b.end(), null))) {
            return null;   // no signature's trigger: none would run its pattern
        }
        String text = raw.substring(b.start(), b.end());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (SocialPostKind.Signature s : rules.signatures()) {
            if (s.insideEmbed() && !inEmbed) {
                continue;
            }
            Matcher m = s.match(text, lower);
            if (m != null) {
                return new Signed(s, m, b);
            }
        }
        return null;
    }

    private static boolean isZero(long[] bits) {
        for (long w : bits) {
            if (w != 0) {
                return false;
            }
        }
        return true;
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

}
