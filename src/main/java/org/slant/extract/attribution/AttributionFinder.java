package org.slant.extract.attribution;

import org.slant.ingest.OutletRegistry;
import org.slant.lexicon.PhraseIndex;
import org.slant.model.Content;
import org.slant.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the attributions of one article: every cue outside quotations, with its source and content
 * (see {@link Frames} and {@link SentenceCompleter}), then the depth of each (an attribution inside another's content is depth 1;
 * deeper ones are dropped, as the PolNeAR scheme keeps only the outermost), then quotations that
 * continue an attributed quotation in the next sentences or paragraphs. Linear in the text: every scan
 * around a cue is bounded, and the passes over cues, quotations and attributions are sequential.
 * Stateless and thread-safe: all per-article state lives in the {@link Doc} and helpers of one call.
 */
public final class AttributionFinder {

    private final CueLexicon cues;
    private final ActorGazetteer gazetteer;
    private final OutletRegistry outlets;
    private final GivenNames names;

    public AttributionFinder(CueLexicon cues, ActorGazetteer gazetteer, OutletRegistry outlets) {
        this(cues, gazetteer, outlets, GivenNames.NONE);
    }

    /** With the gender words ({@link GenderWordsKind}) that tell whom "he" and "she" can mean. */
    public AttributionFinder(CueLexicon cues, ActorGazetteer gazetteer, OutletRegistry outlets, GivenNames names) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.outlets = outlets;
        this.names = names;
    }

    /** The attributions of the clean article, ordered by cue; {@code outletName} is the article's outlet or null. */
    public List<Attribution> find(Content content, String outletName) {
        Doc d = doc(content, outletName);
        return find(d, cueMatches(d));
    }

    /** The article as the rules see it (the model engine resolves its sources on the same view). */
    Doc doc(Content content, String outletName) {
        return new Doc(content, gazetteer, outlets, outletName);
    }

    /** The cue lexicon's phrases in the article (the model engine reads them as features too). */
    List<CueLexicon.Found> cueMatches(Doc d) {
        return cues.find(d.tokens, d.text);
    }

    /** The attributions of the article, given its view and its cue-lexicon phrases. */
    List<Attribution> find(Doc d, List<CueLexicon.Found> matches) {
        Phrases phrases = new Phrases(d);
        ContentSpans spans = new ContentSpans(d, phrases);
        Frames frames = new Frames(d, phrases, spans);
        SentenceCompleter completer = new SentenceCompleter(d, phrases, spans, names);
        List<Attribution> found = new ArrayList<>();
        int m = 0;
        for (Sentence s : d.sentences) {
            completer.registerMentions(s);
            List<Draft> drafts = new ArrayList<>();
            while (m < matches.size() && matches.get(m).firstToken() < s.endToken()) {
                CueLexicon.Found match = matches.get(m++);
                if (match.firstToken() < s.firstToken() || match.endToken() > s.endToken()
                        || d.quoted[match.firstToken()] || d.markup[match.firstToken()]) {
                    continue;
                }
                for (Cue cue : match.cues()) {
                    Draft draft = frames.draft(new PhraseIndex.Match<>(match.firstToken(), match.endToken(), cue), s);
                    if (draft != null) {
                        drafts.add(draft);
                        break;
                    }
                }
            }
            found.addAll(completer.complete(drafts, s));
        }
        found = Nesting.apply(found);
        found = Continuations.apply(d, spans, found);
        found.sort(Comparator.comparingInt(Attribution::cueStart).thenComparingInt(Attribution::cueEnd));
        return found;
    }
}
