package org.slant.extract.attribution;

import org.slant.extract.attribution.model.AttributionModel;
import org.slant.ingest.OutletRegistry;
import org.slant.model.Content;
import org.slant.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the learned model's source spans to speakers and sides with the rules' own machinery, in the
 * order the rules use it: sentence by sentence, the people a sentence mentions are registered
 * ({@link Mentions}) before its sources are classified ({@link SourceClassifier}: pronouns, roles, places,
 * parties, the actor table) and linked to earlier full mentions; each source then joins the history later
 * pronouns and "the ministry" look back to. So a model source gets what a rule source gets. Linear: the
 * classifier's look-backs are bounded, and each sentence and source is visited once.
 */
final class ModelSources {

    private final ActorGazetteer gazetteer;
    private final OutletRegistry outlets;
    private final GivenNames names;

    ModelSources(ActorGazetteer gazetteer, OutletRegistry outlets, GivenNames names) {
        this.gazetteer = gazetteer;
        this.outlets = outlets;
        this.names = names;
    }

    /** One source per found attribution, in the order given (null where the model found no source). */
    List<Source> resolve(Content content, String outletName, List<AttributionModel.Found> found) {
        return resolve(new Doc(content, gazetteer, outlets, outletName), found);
    }

    /** As above, on the view of the article the rules built (it is read only, never changed). */
    List<Source> resolve(Doc d, List<AttributionModel.Found> found) {
        Phrases phrases = new Phrases(d);
        Antecedents antecedents = new Antecedents();
        SourceClassifier classifier = new SourceClassifier(d, phrases, antecedents);
        Mentions mentions = new Mentions(d, phrases, antecedents, names);
        List<Source> out = new ArrayList<>(java.util.Collections.nCopies(found.size(), (Source) null));
        // the found attributions in text order of their sources' sentences (they come in cue order: close to it)
        Integer[] order = new Integer[found.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> found.get(k).hasSource()
                ? found.get(k).sourceFirst() : found.get(k).cueFirst()));
        int next = 0;
        for (Sentence s : d.sentences) {
            mentions.register(s);
            while (next < order.length && anchor(found.get(order[next])) < s.endToken()) {
                AttributionModel.Found f = found.get(order[next]);
                if (f.hasSource()) {
                    Phrases.Range r = new Phrases.Range(f.sourceFirst(), f.sourceEnd());
                    Source src = mentions.resolve(classifier.classify(r), r);
                    out.set(order[next], src);
                    antecedents.source(f.sourceFirst(), s.index(), d.paragraphOfSentence[s.index()], src);
                }
                next++;
            }
        }
        return out;
    }

    private static int anchor(AttributionModel.Found f) {
        return f.hasSource() ? f.sourceFirst() : f.cueFirst();
    }
}
