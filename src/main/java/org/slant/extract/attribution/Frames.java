package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Sentence;


/**
 * Drafts an attribution from one cue: finds where its source and content are by the cue's frame (verb,
 * prep, noun, headline). A verb's source is the phrase before it ("Officials said"), after it when it is
 * inverted ("“...,” said Mr Macron"), or the source of the verb before it when it is a participle or
 * joined by "and" (", adding that"); its content follows it, or precedes the source after a comma or a
 * closing quote mark. {@link SentenceCompleter} then completes the drafts of a sentence.
 */
final class Frames {


    private final Doc d;
    private final Phrases phrases;
    private final ContentSpans spans;
    private final CueChecks checks;
    private final SourceSpans sources;
    private final Passives passives;
    private final Headlines headlines;

    Frames(Doc d, Phrases phrases, ContentSpans spans) {
        this.d = d;
        this.phrases = phrases;
        this.spans = spans;
        this.checks = new CueChecks(d, phrases);
        this.sources = new SourceSpans(d, phrases);
        this.passives = new Passives(d, phrases);
        this.headlines = new Headlines(d, phrases);
    }

    Draft draft(PhraseIndex.Match<Cue> m, Sentence s) {
        return switch (m.payload().frame()) {
            case VERB -> verb(m, s);
            case PREP -> prep(m, s);
            case NOUN -> noun(m, s);
            case HEADLINE -> headlines.draft(m, s);
        };
    }

    // --- frames ---

    private Draft verb(PhraseIndex.Match<Cue> m, Sentence s) {
        Cue cue = m.payload();
        int head = m.firstToken();
        int cueFirst = checks.extendLeft(head, s);
        if (checks.notBefore(cue, m.endToken(), s) || checks.nounUse(m.endToken(), s) || checks.insideName(head, s)) {
            return null;
        }
        if (checks.passive(cueFirst, head)) { // "was accused by a colleague": the agent speaks
            return cue.byAgent() ? passives.verb(cue, cueFirst, m.endToken(), s) : null;
        }
        Draft dr = new Draft();
        dr.cue = cue;
        dr.cueFirst = cueFirst;
        dr.cueEnd = m.endToken();
        boolean participle = d.norm(head).endsWith("ing");
        Phrases.Range src = sources.sourceBefore(cueFirst, s, !participle);
        if (src != null && checks.reducedRelative(src, head)) {
            return null;
        }
        Phrases.Range title = src != null && !participle && d.isComma(phrases.prev(cueFirst, s.firstToken()))
                ? sources.titleBefore(src, s) : null;
        if (title != null) { // "her spokesman, Ivo Brandt, told": the title is part of the source, the name speaks
            dr.speaker = d.isComma(src.end() - 1) ? new Phrases.Range(src.first(), src.end() - 1) : src;
            src = new Phrases.Range(title.first(), phrases.prev(cueFirst, s.firstToken()) + 1); // with its closing comma
        } else if (src != null && !participle) {
            int artifact = sources.artifactAt(src);
            if (artifact >= 0) {
                // "a French defense ministry statement said": the ministry speaks; the statement is how
                dr.cueFirst = cueFirst = artifact;
                src = new Phrases.Range(src.first(), artifact);
            }
        }
        if (src != null) {
            dr.source = src;
            dr.speaker = dr.speaker != null ? dr.speaker : sources.beforeRelative(src); // the clause says who, not what
            int pb = phrases.prev(src.first(), s.firstToken());
            int na = dr.cueEnd < s.endToken() ? dr.cueEnd : -1;
            if (pb >= 0 && d.isComma(pb) && na >= 0 && d.isComma(na) && d.closes(phrases.prev(pb, s.firstToken())) == null
                    && cue.content() == Cue.ContentRule.ANY && na + 1 < s.endToken() && d.isWord(na + 1)
                    && !Grammar.JOINERS.contains(d.norm(na + 1)) && !d.norm(na + 1).endsWith("ing")) {
                // "France, he said, had been in contact ..."
                dr.contentStart = d.tok(s.firstToken()).start();
                dr.contentEnd = d.tok(pb).start();
                dr.secondPiece = new int[]{d.tok(na + 1).start(), spans.sentenceEnd(s)};
                dr.pattern = "parenthetical";
                return dr;
            }
            int as = asClause(src, dr.cueEnd, s);
            if (as >= 0) { // "As the Courier reported, the mill will close": the main clause is the content
                dr.rightFrom = as;
                dr.pattern = "reported";
                return dr;
            }
            boolean document = cue.evidence() && checks.documentHead(src); // "polls show Ms Roux ahead"
            ContentSpans.Right r = spans.right(dr.cueEnd, s, document ? cue.anyContent() : cue);
            if (r != null && r.refused() || !document && checks.nounForm(cue, head) && !checks.clearSubject(src, head)
                    && !checks.clausal(r)) {
                return null;
            }
            if (r != null) {
                dr.rightFrom = r.start();
                dr.listener = r.listener();
                dr.pattern = d.opens(r.start()) != null ? "quote-last" : "reported";
                return dr;
            }
            int[] left = spans.left(src.first(), s, cue);
            if (left == null) {
                return null;
            }
            setLeft(dr, left);
            return dr;
        }
        int pv = phrases.prev(cueFirst, s.firstToken());
        if (!participle && cue.invert() && (pv < 0 || d.isComma(pv) || d.closes(pv) != null)) {
            Phrases.Range np = phrases.after(dr.cueEnd, s.endToken(), true);
            if (np != null && sources.endsInversion(np.end(), s)) {
                int[] left = spans.left(cueFirst, s, cue);
                if (left != null) {
                    dr.source = sources.withTrailingApposition(np, s);
                    dr.speaker = dr.source != np ? np : null;
                    setLeft(dr, left);
                    return dr;
                }
            }
        }
        boolean joined = pv >= 0 && (d.is(pv, "and") || d.is(pv, "but"));
        if (participle && pv >= 0 && (d.isComma(pv) || d.isDash(pv) || joined) || joined) {
            ContentSpans.Right r = spans.right(dr.cueEnd, s, cue);
            if (r == null || r.refused() || checks.nounForm(cue, head) && !checks.clausal(r)) {
                return null;
            }
            dr.shared = true;
            dr.rightFrom = r.start();
            dr.listener = r.listener();
            dr.pattern = "shared";
            return dr;
        }
        return null;
    }

    /**
     * "As the Courier reported, the mill will close", "As Ms Roux told the panel, funds are short": a
     * clause opened by "as" at the start of the sentence, with the cue (and its listener) closing it at a
     * comma; the content starts after the comma. -1 when the sentence is not of that shape.
     */
    private int asClause(Phrases.Range src, int cueEnd, Sentence s) {
        int a = phrases.prev(src.first(), s.firstToken());
        if (a < 0 || !d.is(a, "as") || phrases.prev(a, s.firstToken()) >= 0
                && !d.isComma(phrases.prev(a, s.firstToken()))) {
            return -1;
        }
        for (int k = cueEnd; k < s.endToken() && k - cueEnd <= 6; k++) {
            if (d.isComma(k)) {
                return k + 1 < s.endToken() && d.isWord(k + 1) && !d.isTerminal(k + 1) ? k + 1 : -1;
            }
            if (d.quoted[k] || d.isTerminal(k) || !d.isWord(k)) {
                return -1;
            }
        }
        return -1;
    }

    private void setLeft(Draft dr, int[] left) {
        dr.contentStart = left[0];
        dr.contentEnd = left[1];
        dr.pattern = d.quoteByEnd.containsKey(left[1]) ? "quote-first" : "reported-first";
    }

    private Draft prep(PhraseIndex.Match<Cue> m, Sentence s) {
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = m.firstToken();
        dr.cueEnd = m.endToken();
        int from = dr.cueEnd;
        if (from + 1 < s.endToken() && d.isWord(from) && !d.isCapitalised(from) && d.norm(from).endsWith("ly")
                && d.norm(from).length() > 4) {
            from++; // "according to recently leaked documents": the adverb belongs to the source
        }
        Phrases.Range np = phrases.after(from, s.endToken(), true);
        if (np != null && from > dr.cueEnd) {
            np = new Phrases.Range(dr.cueEnd, np.end());
        }
        if (np == null || np.size() == 1 && d.isWord(np.first()) && !d.isCapitalised(np.first())
                && !d.norm(np.first()).endsWith("s") && d.actor[np.first()] == null) {
            return null; // "according to plan": a bare singular noun is not a speaker
        }
        Phrases.Range issuer = passives.issuer(np, s);
        if (issuer != null) { // "according to a statement released by the ministry": the ministry speaks
            np = new Phrases.Range(np.first(), issuer.end());
            dr.speaker = issuer;
        }
        dr.source = np;
        dr.pattern = "according-to";
        int after = np.end();
        if (sources.openersOnly(s.firstToken(), dr.cueFirst)) {
            if (after < s.endToken() && d.isComma(after)) {
                after++;
            }
            if (after < s.endToken() && !d.isTerminal(after)) {
                dr.rightFrom = after;
                return dr;
            }
            return null;
        }
        int pv = phrases.prev(dr.cueFirst, s.firstToken());
        int end = pv >= 0 && (d.isComma(pv) || d.isDash(pv)) ? pv : dr.cueFirst;
        if (end - s.firstToken() < 2) {
            return null;
        }
        dr.contentStart = d.tok(s.firstToken()).start();
        dr.contentEnd = d.tok(end).start();
        return dr;
    }

    private Draft noun(PhraseIndex.Match<Cue> m, Sentence s) {
        int k = phrases.prev(m.firstToken(), s.firstToken());
        if (k >= 0 && d.isWord(k) && !d.isCapitalised(k) && !d.is(k, "'s") && !Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(k))) {
            k = phrases.prev(k, s.firstToken()); // "his latest claim"
        }
        if (k < 0) {
            return null;
        }
        Phrases.Range src;
        if (d.is(k, "'s") || d.is(k, "'")) {
            src = phrases.before(k, s.firstToken());
        } else if (Grammar.POSSESSIVE_PRONOUNS.contains(d.norm(k))) {
            src = new Phrases.Range(k, k + 1);
        } else {
            return null;
        }
        int next = m.endToken();
        if (src == null || next >= s.endToken()) {
            return null;
        }
        if (!(d.is(next, "that") || d.is(next, ":") || d.opens(next) != null)) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = m.firstToken();
        dr.cueEnd = m.endToken();
        dr.source = src;
        dr.rightFrom = d.is(next, ":") ? next + 1 : next;
        dr.pattern = "possessive";
        return dr.rightFrom < s.endToken() ? dr : null;
    }
}
