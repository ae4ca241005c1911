package org.slant.extract.attribution;

import org.slant.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Completes the drafts of one sentence into attributions: cuts a content where the next attribution of
 * the sentence starts (", after the Kremlin claimed"), gives a participle or coordinated verb the source
 * of the attribution before it (", adding that"), classifies every source in text order so pronouns can
 * look back, and records the people each sentence mentions for the pronouns of later ones.
 */
final class SentenceCompleter {

    private final Doc d;
    private final Phrases phrases;
    private final ContentSpans spans;
    private final Antecedents antecedents = new Antecedents();
    private final Set<Integer> usedQuotes = new java.util.HashSet<>();
    private final SourceClassifier classifier;
    private final Mentions mentions;

    SentenceCompleter(Doc d, Phrases phrases, ContentSpans spans, GivenNames names) {
        this.d = d;
        this.phrases = phrases;
        this.spans = spans;
        this.classifier = new SourceClassifier(d, phrases, antecedents);
        this.mentions = new Mentions(d, phrases, antecedents, names);
    }

    /** Records the people a sentence mentions outside quotations, before its cues are read. */
    void registerMentions(Sentence s) {
        mentions.register(s);
    }

    List<Attribution> complete(List<Draft> drafts, Sentence s) {
        List<Attribution> out = new ArrayList<>();
        int sentEnd = spans.sentenceEnd(s);
        Draft previous = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft dr = drafts.get(i);
            if (dr.rightFrom >= 0) {
                dr.contentStart = d.tok(dr.rightFrom).start();
                dr.contentEnd = Math.min(cut(dr, drafts, i, sentEnd), capped(dr.rightFrom, s));
            }
            if (dr.shared) {
                if (previous != null && previous.classified != null) {
                    dr.source = previous.source;
                    dr.classified = previous.classified.withResolution("shared");
                } else {
                    Phrases.Range subject = subject(s, dr.cueFirst);
                    if (subject == null) {
                        continue;
                    }
                    dr.source = subject;
                    dr.classified = classifier.classify(subject).withResolution("shared");
                }
            } else {
                Phrases.Range who = dr.speaker != null ? dr.speaker : dr.source;
                dr.classified = roleSide(dr, mentions.resolve(classifier.classify(who), who));
            }
            if (dr.classified.type().equals("unresolved") && !describesSomeone(dr.source)
                    && !(dr.cue.frame() == Cue.Frame.PREP && dr.source.size() > 1)) { // "according to recent polling"
                continue; // "It is worth noting": a bare word before the cue is no source
            }
            if (dr.classified.type().equals("unresolved") && (dr.cue.frame() == Cue.Frame.HEADLINE
                    || dr.source.size() == 1 && Grammar.RELATIVE_PRONOUNS.contains(d.norm(dr.source.first())))
                    || dr.cue.frame() == Cue.Frame.HEADLINE && !knownSpeaker(dr.source)) {
                continue; // a headline before no known speaker ("Region: Europe"); "who said what" with no one before "who"
            }
            Attribution a = build(dr, s);
            if (a == null) {
                continue;
            }
            out.add(a);
            mentions.listener(dr.listener);
            previous = dr;
            antecedents.source(dr.source.first(), s.index(), d.paragraphOfSentence[s.index()], dr.classified);
        }
        return out;
    }

    /** How many later attributions of a sentence may end a content; and the longest reported content. */
    private static final int MAX_SIBLINGS = 8;
    private static final int MAX_REPORTED_TOKENS = 200;

    /**
     * Reported content runs to the end of its sentence, but a "sentence" without punctuation can be a
     * whole article: a cap keeps the work per attribution constant. A quotation the content opens still
     * runs to its closing mark ({@link ContentSpans#piece}).
     */
    private int capped(int from, Sentence s) {
        int last = Math.min(s.endToken(), from + MAX_REPORTED_TOKENS) - 1;
        return last < from ? d.tok(from).end() : d.tok(last).end();
    }

    /**
     * "A leader of pro-Russian rebels in eastern Ukraine, Pavel Sirko, said" and "said Pavel Sirko, a
     * leader of ...": a name of no known side speaks for the side of the role phrase in apposition to it
     * in the source span, as it would had the role phrase been the whole source.
     */
    private Source roleSide(Draft dr, Source named) {
        if (dr.speaker == null || !Source.UNKNOWN.equals(named.affiliation())) {
            return named;
        }
        Phrases.Range role = dr.source.first() < dr.speaker.first()
                ? new Phrases.Range(dr.source.first(), dr.speaker.first())
                : dr.speaker.end() < dr.source.end() ? new Phrases.Range(dr.speaker.end(), dr.source.end()) : null;
        if (role == null) {
            return named;
        }
        Source r = classifier.classify(role);
        return Source.UNKNOWN.equals(r.affiliation()) ? named : new Source(named.type(), named.speaker(), named.role(),
                r.affiliation(), named.gender(), named.classes(), named.resolution());
    }

    /** A pronoun, a determiner, a capitalised word or a gazetteer word: a phrase that can name a speaker. */
    private boolean describesSomeone(Phrases.Range src) {
        for (int k = src.first(); k < src.end(); k++) {
            String w = d.norm(k);
            if (d.isCapitalised(k) || d.actor[k] != null || Grammar.DETERMINERS.contains(w)
                    || d.tok(k).type() == org.slant.text.Token.Type.NUMBER // "47 percent said": a poll's share
                    || Grammar.SUBJECT_PRONOUNS.contains(w) || Grammar.RELATIVE_PRONOUNS.contains(w)
                    || Grammar.POSSESSIVE_PRONOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A headline speaker must be known: a gazetteer entry, an outlet, a role or a full name ("Dr. Ben Carson"). */
    private boolean knownSpeaker(Phrases.Range src) {
        int names = 0;
        for (int k = src.first(); k < src.end(); k++) {
            if (d.actor[k] != null || d.outlet[k] != null) {
                return true;
            }
            names += phrases.isName(k) ? 1 : 0;
        }
        return names >= 2 || names == 1 && src.size() == 1 && allCaps(src.first()); // a transcript's "VANCE:"
    }

    /** A word of three letters or more, all capitals: a transcript's speaker label. */
    private boolean allCaps(int k) {
        String w = d.text.substring(d.tok(k).start(), d.tok(k).end());
        return w.length() >= 3 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'');
    }

    /** Where a content after a cue ends: at the comma before the next attribution joined to the sentence. */
    private int cut(Draft dr, List<Draft> drafts, int i, int sentEnd) {
        for (int j = i + 1; j < drafts.size() && j <= i + MAX_SIBLINGS; j++) {
            int f = drafts.get(j).frameStart();
            if (f <= dr.rightFrom) {
                continue;
            }
            if (drafts.get(j).cue.frame() == Cue.Frame.HEADLINE) {
                return d.tok(f).start(); // "Western elites want to prosper – Putin": the dash ends the content
            }
            int k = phrases.prev(f, dr.rightFrom);
            int words = 0;
            while (k > dr.rightFrom && words < 2 && d.isWord(k) && (Grammar.JOINERS.contains(d.norm(k))
                    || Grammar.PREPOSITIONS.contains(d.norm(k)))) {
                k = phrases.prev(k, dr.rightFrom);
                words++;
            }
            if (k > dr.rightFrom && (d.isComma(k) || d.is(k, ";") || d.isDash(k) || d.is(k, "("))) {
                return d.tok(k).start();
            }
            if (k > dr.rightFrom && words == 0 && d.closes(k) != null) {
                return d.tok(k).end(); // "... "increased exchanges," a ministry statement said"
            }
            if (words > 0 && (d.is(k + 1, "and") || d.is(k + 1, "but"))) {
                return d.tok(k + 1).start();
            }
        }
        return sentEnd;
    }

    /** The subject of a sentence for a participle without its own source: the first phrase after any opener. */
    private Phrases.Range subject(Sentence s, int before) {
        int start = s.firstToken();
        if (Grammar.SENTENCE_OPENERS.contains(d.norm(start)) || Grammar.PREPOSITIONS.contains(d.norm(start))) {
            for (int k = start; k < before && k - start < 12; k++) {
                if (d.isComma(k)) {
                    start = k + 1;
                    break;
                }
            }
        }
        Phrases.Range r = phrases.after(start, before, false);
        if (r == null) {
            return null;
        }
        if (r.size() == 1 && Grammar.SUBJECT_PRONOUNS.contains(d.norm(r.first()))) {
            return r;
        }
        int verb = r.end() - 1;
        if (r.size() > 2 && r.first() == start && Grammar.DETERMINERS.contains(d.norm(r.first()))
                && !d.isCapitalised(verb) && d.actor[verb] == null && d.norm(verb).endsWith("ed")) {
            // "The retired judge opened with ..., saying": a described person opens the sentence, then its verb
            return new Phrases.Range(r.first(), verb);
        }
        for (int k = r.first(); k < r.end(); k++) {
            if (phrases.isName(k) || d.actor[k] != null) {
                return r;
            }
        }
        return null;
    }

    private Attribution build(Draft dr, Sentence s) {
        List<Attribution.Piece> pieces = new ArrayList<>();
        Attribution.Piece main = spans.piece(dr.contentStart, dr.contentEnd);
        if (main == null || !usedQuotes.add(main.start()) && spans.isQuote(main)) {
            return null; // no words, or a quotation some earlier cue already took ("“...,” he said, she said")
        }
        pieces.add(main);
        if (dr.secondPiece != null) {
            Attribution.Piece second = spans.piece(dr.secondPiece[0], dr.secondPiece[1]);
            if (second != null) {
                pieces.add(second);
            }
        }
        List<Attribution.Piece> quotes = new ArrayList<>();
        for (Attribution.Piece p : pieces) {
            quotes.addAll(spans.quotesIn(p));
        }
        boolean direct = pieces.size() == 1 && spans.isQuote(main);
        if (dr.cue.content() == Cue.ContentRule.QUOTE && quotes.isEmpty()) {
            return null;
        }
        int cueStart = d.tok(dr.cueFirst).start();
        int cueEnd = d.tok(dr.cueEnd - 1).end();
        int srcStart = d.tok(dr.source.first()).start();
        int srcEnd = d.tok(dr.source.end() - 1).end();
        return new Attribution(dr.cue, cueStart, cueEnd, srcStart, srcEnd, pieces, dr.classified, direct, dr.pattern, 0,
                medium(dr, s, pieces), quotes);
    }

    /**
     * The outlet the words were given to: in the listener ("told AFP"), or between the cue and the content
     * ("said in an interview to Le Journal du Dimanche"); for a pronoun source, also in the sentence before
     * when it speaks of an interview ("... in an interview with the BBC's Ukrainecast. He said: ...").
     */
    private String medium(Draft dr, Sentence s, List<Attribution.Piece> pieces) {
        int from = dr.cueEnd;
        int to = dr.rightFrom >= 0 ? dr.rightFrom : s.endToken();
        for (int k = from; k < to; k++) {
            if (d.outlet[k] != null && !d.quoted[k] && (k < dr.source.first() || k >= dr.source.end())) {
                return d.outlet[k].name();
            }
        }
        if ("pronoun".equals(dr.classified.resolution()) && s.index() > 0) {
            Sentence before = d.sentences.get(s.index() - 1);
            boolean interview = false;
            for (int k = before.firstToken(); k < before.endToken(); k++) {
                interview |= d.is(k, "interview") || d.is(k, "interviews");
                if (interview && d.outlet[k] != null && !d.quoted[k]) {
                    return d.outlet[k].name();
                }
            }
        }
        return null;
    }
}
