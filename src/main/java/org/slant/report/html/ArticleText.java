package org.slant.report.html;

import org.slant.extract.attribution.ActorLabels;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Content;
import org.slant.model.Finding;
import org.slant.text.Block;
import org.slant.text.BlockSplitter;
import org.slant.text.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An article's raw text cut into pieces for highlighting. Spans of several layers (shared wire copy,
 * quotations, attribution sources and cues, terms) may overlap in any way, so the text is cut at every
 * span boundary and each piece says which spans cover it; the template opens and closes one element per
 * layer around each piece, which keeps the markup well formed whatever the overlaps. Each finding gets a
 * number; a reference link sits where it ends and its note (rule, rationale, voice) is in the evidence list.
 */
final class ArticleText {

    /** A highlight: its CSS class (never text from the analysis) and its hover text. */
    record Tag(String cls, String title) {
    }

    /** A link to a finding's note; {@code id} is the link's own anchor, for the note's way back. */
    record Ref(int n, String id, String href) {
    }

    /** A run of text covered by the same spans. {@code who} is a speaker label shown where a quotation starts. */
    record Piece(String text, String who, Tag wire, Tag quote, Tag source, Tag cue, List<Tag> terms, List<Ref> refs) {
    }

    /** A block (paragraph) of the raw text; {@code bp} is set for boilerplate, with its category as label. */
    record BlockView(Tag bp, String bpLabel, List<Ref> bpRefs, List<Piece> pieces) {
    }

    /** One finding in the evidence list. */
    record Note(int n, String id, String back, String kind, String voice, String rule, String text, String detail) {
    }

    record Text(List<BlockView> blocks, List<Note> notes) {
    }

    /** A sentence of this article that another article shares. */
    record Shared(int start, int end, String partner) {
    }

    private enum Layer { WIRE, QUOTE, SOURCE, CUE, TERM }

    /** What boilerplate findings say about one block: the first one's tooltip, all categories, their refs. */
    private record Boiler(Tag tag, String label, List<Ref> refs) {
    }

    /** A highlight span; {@code rank} orders candidates of one layer (higher wins), {@code who} a speaker. */
    private record Span(int start, int end, Layer layer, int rank, Tag tag, String who, String partner) {
    }

    private final String raw;
    private final String prefix;
    private final Palette palette;
    private final ActorLabels actors;
    private final List<Span> spans = new ArrayList<>();
    private final TreeMap<Integer, List<Ref>> refsAt = new TreeMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Tag> wireTags = new HashMap<>();

    private ArticleText(String raw, String prefix, Palette palette, ActorLabels actors) {
        this.raw = raw;
        this.prefix = prefix;
        this.palette = palette;
        this.actors = actors;
    }

    /**
     * @param prefix a short id unique to the article ("3"), for the anchors of its notes
     * @param shared the article's sentences that other articles share, with the partner's label
     */
    static Text of(ArticleResult r, String prefix, Palette palette, List<Shared> shared, ActorLabels actors) {
        ArticleText t = new ArticleText(r.article().raw(), prefix, palette, actors);
        List<Block> blocks = BlockSplitter.split(t.raw);
        Boiler[] boiler = new Boiler[blocks.size()];
        List<Finding> fs = r.findings();
        for (int k = 0; k < fs.size(); k++) {
            t.add(fs.get(k), k + 1, blocks, boiler);
        }
        t.quotations(r.content());
        for (Shared s : shared) {
            if (s.start() >= 0 && s.end() <= t.raw.length() && s.start() < s.end()) {
                t.spans.add(new Span(s.start(), s.end(), Layer.WIRE, 0, null, null, s.partner()));
            }
        }
        List<BlockView> out = new ArrayList<>(blocks.size());
        int prevEnd = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Piece> pieces = t.pieces(block, prevEnd, blocks, b);
            Boiler bp = boiler[b];
            out.add(bp == null ? new BlockView(null, null, List.of(), pieces)
                    : new BlockView(bp.tag(), bp.label(), bp.refs(), pieces));
            prevEnd = block.end();
        }
        return new Text(out, t.notes);
    }

    private void add(Finding f, int n, List<Block> blocks, Boiler[] boiler) {
        Ref ref = new Ref(n, "r" + prefix + "-" + n, "#n" + prefix + "-" + n);
        String kind = f.kind();
        String name = Vocabulary.category(kind);
        String voice = f.voice().id();
        Attrs a = f.attrs();
        String detail;
        if (f.extractor().equals("boilerplate")) {
            detail = NoteDetail.boilerplate(a);
            Tag tag = new Tag("bp", name + " · " + f.rule() + (detail.isEmpty() ? "" : " · " + detail));
            boolean placed = false;
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                if (block.start() < f.end() && block.end() > f.start()) {
                    List<Ref> refs = new ArrayList<>(boiler[b] == null ? List.of() : boiler[b].refs());
                    if (!placed) {
                        refs.add(ref);
                    }
                    String label = boiler[b] == null ? Vocabulary.shortName(f.category())
                            : boiler[b].label() + ", " + Vocabulary.shortName(f.category());
                    boiler[b] = new Boiler(boiler[b] == null ? tag : boiler[b].tag(), label, refs);
                    placed = true;
                }
            }
            if (!placed) {
                refsAt.computeIfAbsent(f.end(), x -> new ArrayList<>()).add(ref);
            }
        } else if (f.extractor().equals("attribution")) {
            detail = attribution(f, a instanceof Attrs.Attribution at ? at : null);
            refsAt.computeIfAbsent(f.end(), x -> new ArrayList<>()).add(ref);
        } else {
            String rationale = NoteDetail.rationale(a);
            detail = NoteDetail.term(a);
            String title = name + " · " + Vocabulary.voice(voice) + " · " + f.rule()
                    + (rationale == null ? "" : " — " + Clip.line(rationale));
            String cls = "t " + palette.term(kind) + (voice.equals("narrator") ? " vn" : "");
            if (f.end() > f.start()) {
                spans.add(new Span(f.start(), f.end(), Layer.TERM, n, new Tag(cls, title), null, null));
            }
            refsAt.computeIfAbsent(f.end(), x -> new ArrayList<>()).add(ref);
        }
        notes.add(new Note(n, "n" + prefix + "-" + n, "#" + ref.id(), name, Vocabulary.voice(voice), f.rule(),
                Clip.line(f.text()), detail));
    }

    /**
     * Adds the source, cue and content spans of an attribution; returns the note's detail line.
     * @param a the finding's attributes, or null when it has none
     */
    private String attribution(Finding f, Attrs.Attribution a) {
        int len = raw.length();
        String speaker = a == null ? null : NoteDetail.nonBlank(a.speaker());
        String side = a == null ? null : NoteDetail.nonBlank(a.affiliation());
        String stance = a == null ? null : NoteDetail.nonBlank(a.stance());
        boolean direct = a != null && a.direct();
        String sideName = side == null || side.equals("unknown") ? null : actors.label(side);
        // "Russia" speaking for Russia is written once, not "Russia (Russia)"
        String who = speaker == null ? null
                : speaker + (sideName == null || sideName.equalsIgnoreCase(speaker) ? "" : " (" + sideName + ")");
        String typeName = Vocabulary.category(f.kind());
        int[] source = a == null ? null : NoteDetail.span(a.source(), len);
        int[] cue = a == null ? null : NoteDetail.span(a.cue(), len);
        int[] content = a == null ? null : NoteDetail.span(a.content(), len);
        if (source != null) {
            spans.add(new Span(source[0], source[1], Layer.SOURCE, 0,
                    new Tag("src " + Palette.source(f.category()), typeName + (who == null ? "" : ": " + who)), null, null));
        }
        if (cue != null) {
            spans.add(new Span(cue[0], cue[1], Layer.CUE, 0, new Tag("cue",
                    "Reporting verb" + (stance == null ? "" : ": " + Vocabulary.stance(stance))), null, null));
        }
        if (content != null) {
            String title = (direct ? "Quotation" : "Reported speech") + " · "
                    + (who == null ? "speaker not identified" : who) + " · " + typeName;
            spans.add(new Span(content[0], content[1], Layer.QUOTE, 2, new Tag(direct ? "qc" : "rc", title),
                    who, null));
        }
        if (source == null && cue == null && content == null && f.end() > f.start()) {
            spans.add(new Span(f.start(), f.end(), Layer.SOURCE, 0,
                    new Tag("src " + Palette.source(f.category()), typeName), null, null));
        }
        List<String> parts = new ArrayList<>();
        String st = a == null ? null : NoteDetail.spanText(a.source());
        parts.add("source" + (st == null ? "" : " “" + st + "”") + " (" + Vocabulary.shortName(f.category()) + ")");
        String ct = a == null ? null : NoteDetail.spanText(a.cue());
        if (ct != null || stance != null) {
            parts.add("verb" + (ct == null ? "" : " “" + ct + "”") + (stance == null ? "" : " (" + Vocabulary.stance(stance) + ")"));
        }
        if (speaker != null) {
            parts.add("speaker: " + Clip.line(speaker));
        }
        if (side != null) {
            parts.add("side: " + Clip.line(actors.label(side)));
        }
        parts.add(direct ? "direct quotation" : "reported speech");
        return String.join(" · ", parts);
    }

    /** Quotations the content stage found: marked even where attribution named no speaker. */
    private void quotations(Content c) {
        if (c == null) {
            return;
        }
        for (Quote q : c.quotes()) {
            int s = c.rawStart(q.contentStart());
            int e = c.rawEnd(q.contentEnd());
            if (s >= 0 && e <= raw.length() && s < e) {
                spans.add(new Span(s, e, Layer.QUOTE, 1, new Tag("qc", "Quotation"), null, null));
            }
        }
    }

    private List<Piece> pieces(Block block, int prevEnd, List<Block> blocks, int b) {
        int bs = block.start();
        int be = block.end();
        List<Span> here = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(bs);
        cuts.add(be);
        for (Span s : spans) {
            if (s.start() < be && s.end() > bs) {
                here.add(s);
                cuts.add(Math.max(bs, s.start()));
                cuts.add(Math.min(be, s.end()));
            }
        }
        // references: those ending in this block or in the gap after it (positions (start, next start]);
        // the first block also takes any before it
        int gapEnd = b + 1 < blocks.size() ? blocks.get(b + 1).start() : Integer.MAX_VALUE;
        TreeMap<Integer, List<Ref>> refs = new TreeMap<>();
        int from = b == 0 ? Integer.MIN_VALUE : bs + 1;
        for (Map.Entry<Integer, List<Ref>> e : refsAt.subMap(from, true, gapEnd, true).entrySet()) {
            int p = Math.max(bs, Math.min(be, e.getKey()));
            refs.computeIfAbsent(p, x -> new ArrayList<>()).addAll(e.getValue());
            cuts.add(p);
        }
        List<Piece> out = new ArrayList<>();
        List<Ref> atStart = refs.get(bs);
        if (atStart != null && be > bs) {
            out.add(new Piece("", null, null, null, null, null, List.of(), atStart));
        }
        Integer x = cuts.first();
        for (Integer y = cuts.higher(x); y != null; x = y, y = cuts.higher(y)) {
            out.add(piece(x, y, here, bs, prevEnd, refs.getOrDefault(y, List.of())));
        }
        return out;
    }

    private Piece piece(int x, int y, List<Span> here, int bs, int prevEnd, List<Ref> refs) {
        Span quote = null;
        Span source = null;
        Span cue = null;
        TreeSet<String> partners = new TreeSet<>();
        List<Tag> terms = new ArrayList<>();
        for (Span s : here) {
            if (s.start() > x || s.end() < y) {
                continue;
            }
            switch (s.layer()) {
                case WIRE -> partners.add(s.partner());
                case QUOTE -> quote = better(quote, s);
                case SOURCE -> source = better(source, s);
                case CUE -> cue = better(cue, s);
                case TERM -> terms.add(s.tag());
            }
        }
        String who = null;
        if (quote != null && quote.who() != null
                && (quote.start() == x || x == bs && quote.start() < bs && quote.start() >= prevEnd)) {
            who = quote.who();
        }
        Tag wire = partners.isEmpty() ? null : wireTags.computeIfAbsent(String.join("\n", partners),
                k -> new Tag("wire", "Shared wire copy: also in " + String.join(", ", partners)));
        return new Piece(raw.substring(x, y), who, wire, quote == null ? null : quote.tag(),
                source == null ? null : source.tag(), cue == null ? null : cue.tag(), terms, refs);
    }

    /** Of two spans of one layer covering a piece: the higher rank, then the innermost (latest start). */
    private static Span better(Span cur, Span s) {
        if (cur == null || s.rank() > cur.rank() || s.rank() == cur.rank() && s.start() > cur.start()) {
            return s;
        }
        return cur;
    }
}
