package org.slant.extract.attribution;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.jsoup.Jsoup;
import org.slant.config.ConfigNode;
import org.slant.ingest.HtmlText;
import org.slant.lexicon.LexiconEntry;
import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.lexicon.PatternLimit;
import org.slant.model.MarkupBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code social-posts} lexicon kind ({@code lexicons/attribution/social-posts.yaml}): how embedded social posts
 * are signed and marked up. Entry fields besides the common ones: {@code signature} (an RE2/J pattern with the named
 * groups {@code name} and/or {@code handle}), {@code trigger} (lower-case strings, one of which a block must hold
 * before the pattern runs), {@code inside_embed} (the signature counts only inside an embed element), or
 * {@code markup: {classes: [...]}} (whole class names of embed elements). See {@link EmbeddedPosts}.
 */
public final class SocialPostKind implements LexiconKind<SocialPostKind.Rules> {

    private static final Set<String> FIELDS = Set.of("id", "signature", "trigger", "inside_embed", "markup", "rationale",
            "examples");

    /** One signature pattern. */
    public record Signature(String id, Pattern pattern, List<String> triggers, boolean insideEmbed) {

        /** The first match in the block's text, or null (the pattern runs only when a trigger is present). */
        Matcher match(String text) {
            return match(text, text.toLowerCase(Locale.ROOT));
        }

        /** As {@link #match(String)}, with the text lower-cased once for every signature. */
        Matcher match(String text, String lower) {
            for (String t : triggers) {
                if (lower.contains(t)) {
                    Matcher m = pattern.matcher(text);
                    return m.find() ? m : null;
                }
            }
            return null;
        }
    }

    /** The compiled entries: signatures in file order, and embed class names with their entry. */
    public record Rules(List<Signature> signatures, Map<String, String> embedClasses) {

        public static final Rules NONE = new Rules(List.of(), Map.of());

        public Rules {
            signatures = List.copyOf(signatures);
            embedClasses = Map.copyOf(embedClasses);
        }
    }

    @Override
    public String kind() {
        return "social-posts";
    }

    @Override
    public Rules compile(List<LexiconFile> files) {
        Map<String, Signature> signatures = new LinkedHashMap<>();
        Map<String, String> classes = new LinkedHashMap<>();
        for (LexiconFile f : files) {
            for (LexiconEntry e : f.entries()) {
                ConfigNode n = e.node().onlyKeys(FIELDS);
                boolean hasSignature = n.get("signature").isPresent();
                if (hasSignature == n.get("markup").isPresent()) {
                    throw n.error("entry '" + e.id() + "' needs exactly one of signature, markup");
                }
                if (hasSignature) {
                    Pattern p = PatternLimit.compile(n.require("signature"));
                    if (!p.pattern().contains("?P<name>") && !p.pattern().contains("?P<handle>")) {
                        throw n.require("signature").error("a signature needs a group (?P<name>...) or (?P<handle>...)");
                    }
                    List<String> triggers = n.require("trigger").asStrings();
                    for (String t : triggers) {
                        if (t.isEmpty() || !t.equals(t.toLowerCase(Locale.ROOT))) {
                            throw n.require("trigger").error("trigger '" + t + "' must be a non-empty lower-case string");
                        }
                    }
                    boolean inside = n.get("inside_embed").map(ConfigNode::asBoolean).orElse(false);
                    signatures.put(e.id(), new Signature(e.id(), p, triggers, inside));
                } else {
                    ConfigNode m = n.require("markup").onlyKeys(Set.of("classes"));
                    for (String c : m.require("classes").asStrings()) {
                        if (!c.matches("[a-z][a-z0-9_-]*")) {
                            throw m.error("class '" + c + "' must be one lower-case class name");
                        }
                        classes.put(c, e.id());
                    }
                }
            }
        }
        return new Rules(new ArrayList<>(signatures.values()), classes);
    }

    @Override
    public Set<String> fired(Rules rules, String example) {
        Set<String> out = new TreeSet<>();
        if (example.strip().startsWith("<")) {
            HtmlText.Result r = HtmlText.extract(Jsoup.parseBodyFragment(example));
            for (MarkupBlock b : r.blocks()) {
                String embed = EmbeddedPosts.embedElement(b.path(), rules);
                if (embed != null) {
                    out.add(rules.embedClasses().get(EmbeddedPosts.embedClass(embed, rules)));
                }
                signatures(rules, r.text().substring(b.start(), b.end()), embed != null, out);
            }
            return out;
        }
        signatures(rules, example.strip(), false, out);
        return out;
    }

    private static void signatures(Rules rules, String text, boolean inEmbed, Set<String> out) {
        for (Signature s : rules.signatures()) {
            if ((!s.insideEmbed() || inEmbed) && s.match(text) != null) {
                out.add(s.id());
            }
        }
    }
}
