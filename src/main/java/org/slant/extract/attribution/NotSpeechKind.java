package org.slant.extract.attribution;

import org.slant.config.ConfigNode;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.LexiconStore;
import org.slant.lexicon.PhraseIndex;
import org.slant.lexicon.PhraseSpec;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code not-speech} lexicon kind: phrases that hold a cue word but report no speech. Entry fields
 * besides the common ones and those of {@link PhraseSpec}: {@code after} (words, one of which must come
 * right before the phrase: the determiner of "the suspects"), {@code not_before} (word sequences that,
 * right after the phrase, make it speech again: "seek to") and {@code unless_cue_after} (true when a cue
 * right after the phrase makes it speech again: "appeared to suggest").
 *
 * <p>Examples are tested at the exact span: a "match" example marks the phrase with {@code [[...]]}, and
 * the entry fires only when it vetoes a cue there and its match covers exactly the marked characters.
 */
public final class NotSpeechKind implements LexiconKind<NotSpeech> {

    private static final Set<String> FIELDS = Set.of("id", "phrase", "inflect", "forms", "case", "after", "not_before",
            "unless_cue_after", "rationale", "examples");

    /** Whose built-in cue lexicon an example runs against; null for a kind that only compiles. */
    private final LexiconStore context;

    public NotSpeechKind() {
        this(null);
    }

    public NotSpeechKind(LexiconStore context) {
        this.context = context;
    }

    @Override
    public String kind() {
        return "not-speech";
    }

    @Override
    public NotSpeech compile(List<LexiconFile> files) {
        Map<String, NotSpeech.Entry> byId = new LinkedHashMap<>();
        Map<String, PhraseSpec> specs = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                ConfigNode n = e.node().onlyKeys(FIELDS);
                Set<String> after = new java.util.HashSet<>();
                for (String w : n.get("after").map(ConfigNode::asStrings).orElse(List.of())) {
                    after.add(Tokenizer.norm(w, 0, w.length()));
                }
                List<List<String>> notBefore = new ArrayList<>();
                for (String phrase : n.get("not_before").map(ConfigNode::asStrings).orElse(List.of())) {
                    List<String> words = new ArrayList<>();
                    Tokenizer.tokenize(phrase).forEach(t -> words.add(t.norm()));
                    if (words.isEmpty()) {
                        throw n.require("not_before").error("empty phrase in not_before");
                    }
                    notBefore.add(words);
                }
                boolean unlessCue = n.get("unless_cue_after").map(ConfigNode::asBoolean).orElse(false);
                byId.put(e.id(), new NotSpeech.Entry(e.id(), after, notBefore, unlessCue));
                specs.put(e.id(), PhraseSpec.read(n));
            }
        }
        PhraseIndex<NotSpeech.Entry> index = new PhraseIndex<>();
        specs.forEach((id, spec) -> index.add(spec, byId.get(id)));
        return new NotSpeech(index, byId);
    }

    /**
     * The entries that veto a cue of the built-in cue lexicon in the example, each only when the example
     * marks no span or its match covers exactly the marked span.
     */
    @Override
    public Set<String> fired(NotSpeech compiled, String example) {
        if (context == null) {
            throw new IllegalStateException("this NotSpeechKind was built without the lexicons its examples run against");
        }
        int open = example.indexOf("[[");
        int close = example.indexOf("]]");
        String text = open >= 0 && close > open ? example.substring(0, open) + example.substring(open + 2, close)
                + example.substring(close + 2) : example;
        int markStart = open >= 0 && close > open ? open : -1;
        int markEnd = markStart >= 0 ? close - 2 : -1;
        Content c = Content.of(text, BlockSplitter.split(text));
        CueLexicon cues = context.standard().compile(new CueKind()).excluding(compiled);
        Set<String> out = new TreeSet<>();
        for (NotSpeech.Match m : cues.scan(c.tokens(), c.text()).vetoes()) {
            int s = c.rawStart(c.tokens().get(m.firstToken()).start());
            int e = c.rawEnd(c.tokens().get(m.endToken() - 1).end());
            if (markStart < 0 || s == markStart && e == markEnd) {
                out.add(m.entry().id());
            }
        }
        return out;
    }

    @Override
    public String explain(NotSpeech compiled, String term) {
        NotSpeech.Entry e = compiled.byId(term);
        return e == null ? null : e.id() + ": not speech; a cue starting inside it is dropped"
                + (e.after().isEmpty() ? "" : "; only after " + new TreeSet<>(e.after()))
                + (e.unlessCueAfter() ? "; not before another cue" : "");
    }
}
