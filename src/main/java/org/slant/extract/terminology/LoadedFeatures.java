package org.slant.extract.terminology;

import org.slant.model.Content;
import org.slant.text.Token;
import smile.nlp.stemmer.PorterStemmer;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sparse binary features of one word token for the loaded-language model: the word, its Porter stem,
 * shape, 3-letter prefix and suffix, the tokens up to two either side, whether it sits inside a quotation,
 * and which lexicon category (if any) already fired on it. A word that names a side ({@link SideWords}) is
 * one key wherever it stands, so the model cannot weigh one side's name otherwise than the other's. Training and analysis enumerate features
 * through this one class, so the model sees the same features in both. Each feature is a template and a
 * key ({@code word} + {@code thugs}); its name is {@code word=thugs}. Keys are strings the tokens already
 * hold where possible (norms), so scoring a token is a handful of hash lookups, no string building.
 * (Word pairs, "radical left", were tried: 100,636 features instead of 49,963 and a lower F1 on the tune
 * split, 0.356 against 0.363, so they are not features.)
 */
public final class LoadedFeatures {

    /** The feature templates, in a fixed order (the model file and the scores use their ordinals). */
    public enum Template {
        WORD("word"), STEM("stem"), SHAPE("shape"), PREFIX("prefix"), SUFFIX("suffix"),
        LEFT2("left2"), LEFT1("left1"), RIGHT1("right1"), RIGHT2("right2"), QUOTED("quoted"), LEXICON("lexicon"), VALENCE("valence");

        private final String id;

        Template(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Template of(String id) {
            for (Template t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown feature template '" + id + "'");
        }
    }

    /** Receives one feature of a token. */
    @FunctionalInterface
    public interface Sink {
        void accept(Template template, String key);
    }

    /** What a lexicon finding marks on a token: nothing, a loaded word, a label, or another category. */
    public static final byte NONE = 0;
    public static final byte LOADED = 1;
    public static final byte LABEL = 2;
    public static final byte OTHER = 3;
    static final List<String> MARK_KEYS = List.of("none", "loaded", "label", "other");
    static final List<String> SHAPES = List.of("low", "Cap", "CAPS", "low-glued", "Cap-glued", "CAPS-glued");
    static final String QUOTED_KEY = "yes";
    static final String START = "<start>";
    static final String END = "<end>";

    /** The vocabulary is small next to any text; the cap only guards memory against a pathological corpus. */
    private static final int STEM_CACHE_CAP = 200_000;
    private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();

    private final Content content;
    private final List<Token> tokens;
    private final byte[] marks;

    /** @param marks per token of {@code content}, what the lexicon marked there ({@link #marks}) */
    public LoadedFeatures(Content content, byte[] marks) {
        this.content = content;
        this.tokens = content.tokens();
        this.marks = marks;
    }

    /** Whether token i is one the model classifies: words only (punctuation is context, never a finding). */
    public boolean classifies(int i) {
        return tokens.get(i).type() == Token.Type.WORD;
    }

    /** Every feature of word token i. */
    public void features(int i, Sink sink) {
        Token t = tokens.get(i);
        // a side's name is one key, with no stem, affixes or valence of its own (SideWords)
        String w = SideWords.key(tokens, i);
        boolean sided = !w.equals(t.norm());
        sink.accept(Template.WORD, w);
        sink.accept(Template.STEM, sided ? w : stem(w));
        sink.accept(Template.SHAPE, SHAPES.get(shape(content.text(), t)));
        if (!sided && w.length() >= 5) {
            sink.accept(Template.PREFIX, w.substring(0, 3));
            sink.accept(Template.SUFFIX, w.substring(w.length() - 3));
        }
        sink.accept(Template.LEFT2, neighbour(i - 2));
        sink.accept(Template.LEFT1, neighbour(i - 1));
        sink.accept(Template.RIGHT1, neighbour(i + 1));
        sink.accept(Template.RIGHT2, neighbour(i + 2));
        if (content.quoteAt(t.start(), t.end()) != null) {
            sink.accept(Template.QUOTED, QUOTED_KEY);
        }
        sink.accept(Template.LEXICON, MARK_KEYS.get(marks[i]));
        String valence = sided ? null : Valence.of(w);
        if (valence != null) {
            sink.accept(Template.VALENCE, valence);
        }
    }

    private String neighbour(int j) {
        return j < 0 ? START : j >= tokens.size() ? END : SideWords.key(tokens, j);
    }

    /** A coarse shape, as an index into {@link #SHAPES}: lower case, capitalised, all capitals; glued to a hyphen before it. */
    static int shape(String text, Token t) {
        char first = text.charAt(t.start());
        boolean upperFirst = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
        int s = 0;
        if (upperFirst) {
            // ASCII first: this runs for every word the model scores
            boolean allUpper = t.end() - t.start() > 1;
            for (int k = t.start() + 1; allUpper && k < t.end(); k++) {
                char c = text.charAt(k);
                allUpper = c < 128 ? c < 'a' || c > 'z' : !Character.isLowerCase(c);
            }
            s = allUpper ? 2 : 1;
        }
        return t.glued() ? s + 3 : s;
    }

    static String stem(String word) {
        String s = STEMS.get(word);
        if (s == null) {
            // PorterStemmer keeps state per call: one instance per call keeps it thread-safe
            s = new PorterStemmer().stem(word);
            if (STEMS.size() < STEM_CACHE_CAP) {
                STEMS.put(word, s);
            }
        }
        return s;
    }

    /** Per token of the content, what the lexicon's own findings mark there (the matcher's hits). */
    public static byte[] marks(TerminologyLexicon lexicon, Content content) {
        SentenceWords sentences = new SentenceWords(content.tokens(), content.sentences());
        return marks(TermMatcher.find(lexicon, content.tokens(), content.text(), sentences), content.tokens().size());
    }

    static byte[] marks(List<TermMatcher.Hit> hits, int tokenCount) {
        byte[] out = new byte[tokenCount];
        for (TermMatcher.Hit h : hits) {
            Category c = h.entry().category();
            byte m = c == Category.LOADED ? LOADED : c == Category.LABEL ? LABEL : OTHER;
            for (int i = h.firstToken(); i < h.endToken(); i++) {
                // a label or loaded word outranks a contested name in the other layer on the same token
                if (out[i] == NONE || out[i] == OTHER) {
                    out[i] = m;
                }
            }
        }
        return out;
    }
}
