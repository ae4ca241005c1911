package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Sentence;

/** The headline frame of a cue: a one-line paragraph whose speaker comes after a dash or before a colon. */
final class Headlines {

    private final Doc d;
    private final Phrases phrases;

    Headlines(Doc d, Phrases phrases) {
        this.d = d;
        this.phrases = phrases;
    }

    /**
     * "France refuses antiterrorism cooperation – Moscow" and "Dr. Ben Carson: Hillary Clinton ‘Not Fit’":
     * a one-line paragraph without a full stop, its speaker after a dash or before a colon.
     */
    Draft draft(PhraseIndex.Match<Cue> m, Sentence s) {
        int si = s.index();
        int para = d.paragraphOfSentence[si];
        boolean alone = (si == 0 || d.paragraphOfSentence[si - 1] != para)
                && (si + 1 >= d.sentences.size() || d.paragraphOfSentence[si + 1] != para);
        int last = s.endToken() - 1;
        if (d.is(m.firstToken(), ":")) {
            boolean opensParagraph = si == 0 || d.paragraphOfSentence[si - 1] != para;
            return opensParagraph ? headlineColon(m, s, alone) : null;
        }
        if (!alone || d.isTerminal(last) && !d.isMark(last)) {
            return null;
        }
        if (!d.isWord(last) || s.endToken() - m.endToken() > 6 || m.firstToken() - s.firstToken() < 2) {
            return null;
        }
        Phrases.Range np = phrases.after(m.endToken(), s.endToken(), true);
        if (np == null || np.end() != s.endToken()) {
            return null;
        }
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = m.firstToken();
        dr.cueEnd = m.endToken();
        dr.source = np;
        dr.contentStart = d.tok(s.firstToken()).start();
        dr.contentEnd = d.tok(m.firstToken()).start();
        dr.pattern = "headline";
        return dr;
    }

    /**
     * "Dr. Ben Carson: Hillary Clinton ‘Not Fit’" (a one-line paragraph, with or without a full stop) and
     * a transcript's "TAPPER: Do you think ..." or "Matthews: Well, ..." (a paragraph that opens with a
     * speaker's name and a colon). Page labels ("Update:", "Related:") name nobody.
     */
    private Draft headlineColon(PhraseIndex.Match<Cue> m, Sentence s, boolean alone) {
        int colon = m.firstToken();
        if (colon - s.firstToken() > 6 || s.endToken() - colon < 3) {
            return null;
        }
        Phrases.Range np = phrases.before(colon, s.firstToken());
        if (np == null || np.first() != s.firstToken() || Grammar.PAGE_LABELS.contains(d.norm(np.first()))) {
            return null;
        }
        for (int k = np.first(); !alone && k < np.end(); k++) {
            if (d.isWord(k) && !phrases.isName(k)) {
                return null; // in running text only a bare name speaks before a colon
            }
        }
        Draft dr = new Draft();
        dr.cue = m.payload();
        dr.cueFirst = colon;
        dr.cueEnd = colon + 1;
        dr.source = np;
        dr.rightFrom = colon + 1;
        dr.pattern = "headline";
        return dr;
    }
}
