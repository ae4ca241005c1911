package org.slant.extract.attribution;

import org.slant.config.ConfigNode;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.LexiconLoader;
import org.slant.lexicon.LexiconStore;
import org.slant.lexicon.Lexicons;
import org.slant.lexicon.PhraseIndex;
import org.slant.lexicon.PhraseSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code cues} lexicon kind: reporting verbs and phrases. Entry fields besides the common ones and
 * those of {@link PhraseSpec}: {@code stance} (neutral, endorsing, distancing, emotive), {@code frame}
 * (verb, prep, noun, headline; default verb), {@code recipient} (true when the verb takes a listener:
 * "told reporters that"), {@code content} (any, clause, that, quote; default any), {@code not_before}
 * (word sequences that, right after the cue, mean it is not reporting speech: "claimed the lives"),
 * {@code invert}, {@code noun_prone}, {@code by_agent} and {@code evidence} (see {@link Cue}).
 */
public final class CueKind implements LexiconKind<CueLexicon> {

    static final Set<String> STANCES = Set.of("neutral", "endorsing", "distancing", "emotive");
    private static final Set<String> FRAMES = Set.of("verb", "prep", "noun", "headline");
    private static final Set<String> CONTENT = Set.of("any", "clause", "that", "quote");
    private static final Set<String> FIELDS = Set.of("id", "phrase", "inflect", "forms", "case", "stance", "frame",
            "recipient", "content", "not_before", "invert", "noun_prone", "by_agent", "evidence", "rationale", "examples");

    /** Whose built-in lexicons an example runs against (actors, outlets); null for a kind that only compiles. */
    private final LexiconStore context;

    /** A kind that compiles cue lexicons (the extractor's); it cannot run examples ({@link #fired}). */
    public CueKind() {
        this(null);
    }

    /** A kind that also runs examples: the whole extractor, with the store's built-in actors and outlets. */
    public CueKind(LexiconStore context) {
        this.context = context;
    }

    @Override
    public String kind() {
        return "cues";
    }

    @Override
    public CueLexicon compile(List<LexiconFile> files) {
        Map<String, Cue> byId = new LinkedHashMap<>();
        Map<String, PhraseSpec> specs = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                ConfigNode n = e.node().onlyKeys(FIELDS);
                String stance = LexiconLoader.oneOf(n, "stance", STANCES, null);
                Cue.Frame frame = Cue.Frame.valueOf(LexiconLoader.oneOf(n, "frame", FRAMES, "verb").toUpperCase(Locale.ROOT));
                Cue.ContentRule content = Cue.ContentRule.valueOf(
                        LexiconLoader.oneOf(n, "content", CONTENT, "any").toUpperCase(Locale.ROOT));
                boolean recipient = n.get("recipient").map(ConfigNode::asBoolean).orElse(false);
                List<List<String>> notBefore = new java.util.ArrayList<>();
                for (String phrase : n.get("not_before").map(ConfigNode::asStrings).orElse(List.of())) {
                    List<String> words = new java.util.ArrayList<>();
                    for (var t : org.slant.text.Tokenizer.tokenize(phrase)) {
                        words.add(t.norm());
                    }
                    if (words.isEmpty()) {
                        throw n.require("not_before").error("empty phrase in not_before");
                    }
                    notBefore.add(words);
                }
                boolean invert = n.get("invert").map(ConfigNode::asBoolean).orElse(false);
                boolean nounProne = n.get("noun_prone").map(ConfigNode::asBoolean).orElse(false);
                boolean byAgent = n.get("by_agent").map(ConfigNode::asBoolean).orElse(false);
                boolean evidence = n.get("evidence").map(ConfigNode::asBoolean).orElse(false);
                byId.put(e.id(), new Cue(e.id(), stance, frame, recipient, content, notBefore, invert, nounProne, byAgent,
                        evidence));
                specs.put(e.id(), PhraseSpec.read(n));
            }
        }
        PhraseIndex<Cue> index = new PhraseIndex<>();
        for (Map.Entry<String, PhraseSpec> s : specs.entrySet()) {
            index.add(s.getValue(), byId.get(s.getKey()));
        }
        return new CueLexicon(index, byId);
    }

    /**
     * The cues of the attributions found in the example: the whole extractor runs on it (with the built-in
     * actor and outlet lexicons), so a "no_match" example tests the context rules too, not only the phrase.
     */
    @Override
    public Set<String> fired(CueLexicon compiled, String example) {
        if (context == null) {
            throw new IllegalStateException("this CueKind was built without the lexicons its examples run against");
        }
        Lexicons std = context.standard();
        AttributionFinder finder = new AttributionFinder(compiled.excluding(std.compile(new NotSpeechKind())), std.compile(new ActorKind()),
                std.compile(new org.slant.ingest.OutletKind()), std.compile(new GenderWordsKind()));
        Set<String> out = new TreeSet<>();
        for (Attribution a : finder.find(org.slant.model.Content.of(example,
                org.slant.text.BlockSplitter.split(example)), null)) {
            out.add(a.cue().id());
        }
        return out;
    }

    @Override
    public String explain(CueLexicon compiled, String term) {
        Cue c = compiled.byId(term);
        return c == null ? null : c.id() + ": stance " + c.stance() + ", frame " + c.frame().name().toLowerCase(Locale.ROOT)
                + (c.recipient() ? ", takes a listener" : "");
    }
}
