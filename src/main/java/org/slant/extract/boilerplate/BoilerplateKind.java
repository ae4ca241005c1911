package org.slant.extract.boilerplate;

import org.jsoup.Jsoup;
import org.slant.config.ConfigNode;
import org.slant.ingest.HtmlText;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.LexiconLoader;
import org.slant.lexicon.PhraseSpec;
import org.slant.model.MarkupBlock;
import org.slant.text.Block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code boilerplate} lexicon kind. Entry fields besides the common ones:
 * <pre>
 *   category: promo                 # promo | share | legal | navigation | caption | meta | spam
 *   phrase: [subscribe to our newsletter]   # a PhraseSpec (with forms, inflect, case), or
 *   pattern: '(?i)^by\s+\p{Lu}'     # an RE2/J pattern searched in the block (with trigger: [by], strings
 *                                   # one of which the lower-cased block must contain for the pattern to run), or
 *   markup: {tags: [nav], classes: [menu, navbar]}   # HTML ancestors (tags, id/class words), or
 *           # markup may add outside_article: {tags: [...], classes: [...]}: those of its own tags and class
 *           # words that mark an element holding something else than the article even inside the article's
 *           # container (comment threads, author boxes, captions, page footers)
 *   detector: {name: foreign-script, threshold: 0.6, min_letters: 8}
 *   at: any | start | whole         # where a phrase must sit (default any)
 *   min_words: 0                    # the block's word count range the rule applies to
 *   max_words: 40
 *   decides: true                   # false: a hint the model weighs, not a decision
 *   weight: 1.0
 *   region: false                   # true: a heading that opens a region of its category
 *   takes_value: false              # true: a label whose value may be the next (short) block
 *   role: byline                    # byline | date: what slant extract prints above the body;
 *                                   # comment: a comment thread's signature line (see CommentThreads)
 * </pre>
 * A file's {@code defaults:} may set {@code at}, {@code max_words}, {@code min_words}, {@code decides} and
 * {@code weight}; its {@code sets:} may give stop-word lists {@code stopwords_xx} (xx a language code).
 * Examples are checked as single blocks of an English article in Latin script; an example that starts with
 * a tag is an HTML fragment, and fires an entry when the entry fires on any of its blocks.
 */
public final class BoilerplateKind implements LexiconKind<BoilerplateRules> {

    private static final Set<String> FIELDS = Set.of("id", "category", "phrase", "forms", "inflect", "case",
            "pattern", "markup", "detector", "at", "min_words", "max_words", "decides", "weight", "region",
            "takes_value", "trigger", "role", "rationale", "examples");
    private static final Set<String> DEFAULTS = Set.of("at", "max_words", "min_words", "decides", "weight");
    private static final Set<String> DETECTORS = Set.of("foreign-script", "foreign-language");
    private static final Set<String> ATS = Set.of("any", "start", "whole");
    /** An example that starts with a tag ({@code <div ...>}, not {@code <https://...>}) is an HTML fragment. */
    private static final java.util.regex.Pattern HTML_EXAMPLE = java.util.regex.Pattern.compile("\\s*<[a-zA-Z][a-zA-Z0-9]*[\\s>/]");

    @Override
    public String kind() {
        return "boilerplate";
    }

    @Override
    public BoilerplateRules compile(List<LexiconFile> files) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, List<String>> stopwords = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            ConfigNode defaults = f.root().get("defaults").orElse(null);
            if (defaults != null) {
                defaults.onlyKeys(DEFAULTS);
            }
            f.root().get("sets").ifPresent(sets -> readSets(sets, stopwords));
            for (LexiconEntry e : f.entries()) {
                byId.put(e.id(), rule(e, defaults));
            }
        }
        return new BoilerplateRules(new ArrayList<>(byId.values()), new Languages(stopwords));
    }

    private static void readSets(ConfigNode sets, Map<String, List<String>> stopwords) {
        for (Map.Entry<String, ConfigNode> s : sets.asMap().entrySet()) {
            if (!s.getKey().matches("stopwords_[a-z]{2,3}")) {
                throw s.getValue().error("unknown set '" + s.getKey() + "' (boilerplate lexicons know stopwords_xx)");
            }
            List<String> words = new ArrayList<>();
            for (String w : s.getValue().asStrings()) {
                words.add(org.slant.text.Tokenizer.norm(w, 0, w.length()));
            }
            stopwords.put(s.getKey().substring("stopwords_".length()), words);
        }
    }

    private static Rule rule(LexiconEntry e, ConfigNode defaults) {
        ConfigNode n = e.node().onlyKeys(FIELDS);
        String catName = n.requireString("category");
        Category category = Category.of(catName);
        boolean contentHint = category == Category.CONTENT && n.get("markup").isPresent();
        if (category == null || (category == Category.CONTENT && !contentHint) || category == Category.DUPLICATE) {
            throw n.require("category").error("unknown category '" + catName
                    + "' (allowed: promo, share, legal, navigation, caption, meta, spam; content for markup hints)");
        }
        PhraseSpec phrase = n.get("phrase").isPresent() ? PhraseSpec.read(n) : null;
        com.google.re2j.Pattern pattern = null;
        if (n.get("pattern").isPresent()) {
            pattern = org.slant.lexicon.PatternLimit.compile(n.require("pattern"));
        }
        List<String> triggers = n.get("trigger").map(ConfigNode::asStrings).orElse(List.of());
        if (!triggers.isEmpty() && pattern == null) {
            throw n.require("trigger").error("trigger is for patterns only");
        }
        for (String t : triggers) {
            if (t.isEmpty() || !t.equals(t.toLowerCase(Locale.ROOT))) {
                throw n.require("trigger").error("trigger '" + t + "' must be a non-empty lower-case string");
            }
        }
        Rule.Markup markup = n.get("markup").map(BoilerplateKind::markup).orElse(null);
        Rule.Detector detector = n.get("detector").map(BoilerplateKind::detector).orElse(null);
        int ways = (phrase != null ? 1 : 0) + (pattern != null ? 1 : 0) + (markup != null ? 1 : 0)
                + (detector != null ? 1 : 0);
        if (ways != 1) {
            throw n.error("entry '" + e.id() + "' needs exactly one of phrase, pattern, markup, detector");
        }
        String at = LexiconLoader.oneOf(n, "at", ATS, fallback(defaults, "at", "any"));
        int minWords = n.get("min_words").map(ConfigNode::asInt)
                .orElse(Integer.parseInt(fallback(defaults, "min_words", "0")));
        int maxWords = n.get("max_words").map(ConfigNode::asInt)
                .orElse(Integer.parseInt(fallback(defaults, "max_words", "40")));
        boolean decides = n.get("decides").map(ConfigNode::asBoolean)
                .orElse(Boolean.parseBoolean(fallback(defaults, "decides", markup == null ? "true" : "false")));
        double weight = n.get("weight").map(ConfigNode::asDouble)
                .orElse(Double.parseDouble(fallback(defaults, "weight", "1.0")));
        if (weight <= 0 || weight > 1) {
            throw n.get("weight").orElse(n).error("weight must be in (0, 1]");
        }
        if (contentHint && decides) {
            throw n.error("a content hint cannot decide (set decides: false)");
        }
        boolean region = n.get("region").map(ConfigNode::asBoolean).orElse(false);
        boolean takesValue = n.get("takes_value").map(ConfigNode::asBoolean).orElse(false);
        String role = n.get("role").isPresent() ? LexiconLoader.oneOf(n, "role", Set.of("byline", "date", "comment"), null) : null;
        return new Rule(e.id(), category, decides, weight, Rule.At.valueOf(at.toUpperCase(Locale.ROOT)), minWords,
                maxWords, region, takesValue, role, phrase, pattern, List.copyOf(triggers), markup, detector, e.rationale(), e.location());
    }

    private static String fallback(ConfigNode defaults, String key, String value) {
        return defaults == null ? value : defaults.string(key, value);
    }

    private static Rule.Markup markup(ConfigNode m) {
        m.onlyKeys(Set.of("tags", "classes", "outside_article"));
        Set<String> tags = new HashSet<>(m.get("tags").map(ConfigNode::asStrings).orElse(List.of()));
        Set<String> words = new HashSet<>();
        for (String w : m.get("classes").map(ConfigNode::asStrings).orElse(List.of())) {
            if (!w.matches("[a-z]{2,}")) {
                throw m.error("class word '" + w + "' must be one lower-case word (ids and classes are split into words)");
            }
            words.add(w);
        }
        if (tags.isEmpty() && words.isEmpty()) {
            throw m.error("markup needs tags or classes");
        }
        Set<String> outsideTags = new HashSet<>();
        Set<String> outsideClasses = new HashSet<>();
        ConfigNode outside = m.get("outside_article").orElse(null);
        if (outside != null) {
            outside.onlyKeys(Set.of("tags", "classes"));
            subset(outside, "tags", tags, outsideTags);
            subset(outside, "classes", words, outsideClasses);
        }
        return new Rule.Markup(Set.copyOf(tags), Set.copyOf(words), Set.copyOf(outsideTags), Set.copyOf(outsideClasses));
    }

    /** Reads {@code outside_article.<key>}: each must be one of the entry's own tags or class words. */
    private static void subset(ConfigNode outside, String key, Set<String> own, Set<String> out) {
        ConfigNode list = outside.get(key).orElse(null);
        if (list == null) {
            return;
        }
        for (String w : list.asStrings()) {
            if (!own.contains(w)) {
                throw list.error("outside_article " + key + ": '" + w + "' is not one of this entry's " + key);
            }
            out.add(w);
        }
    }

    private static Rule.Detector detector(ConfigNode d) {
        d.onlyKeys(Set.of("name", "threshold", "min_letters"));
        String name = LexiconLoader.oneOf(d, "name", DETECTORS, null);
        double threshold = d.require("threshold").asDouble();
        if (threshold <= 0 || threshold > 1) {
            throw d.require("threshold").error("threshold must be in (0, 1]");
        }
        return new Rule.Detector(name, threshold, d.get("min_letters").map(ConfigNode::asInt).orElse(8));
    }

    @Override
    public Set<String> fired(BoilerplateRules rules, String example) {
        Set<String> out = new TreeSet<>();
        BoilerplateRules.ArticleContext ctx = new BoilerplateRules.ArticleContext(Scripts.LATIN,
                rules.languages().index("en"));
        if (HTML_EXAMPLE.matcher(example).lookingAt()) {
            HtmlText.Result r = HtmlText.extract(Jsoup.parseBodyFragment(example));
            for (int i = 0; i < r.blocks().size(); i++) {
                MarkupBlock m = r.blocks().get(i);
                BlockText b = BlockText.of(r.text(), new Block(i, m.start(), m.end(), false), m, rules.languages());
                rules.match(r.text(), b, MarkupPath.parse(m.path()), ctx).forEach(h -> out.add(h.rule().id()));
            }
            return out;
        }
        String text = example.strip();
        if (text.isEmpty()) {
            return out;
        }
        BlockText b = BlockText.of(text, new Block(0, 0, text.length(), false), null, rules.languages());
        rules.match(text, b, null, ctx).forEach(h -> out.add(h.rule().id()));
        return out;
    }

    @Override
    public String explain(BoilerplateRules rules, String term) {
        Rule r = rules.byId(term);
        if (r == null) {
            return null;
        }
        return r.id() + " (" + r.category().id() + (r.decides() ? "" : ", a hint") + "): " + r.rationale()
                + " [" + r.location() + "]";
    }
}
