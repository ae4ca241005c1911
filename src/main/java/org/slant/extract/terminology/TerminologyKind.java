package org.slant.extract.terminology;

import org.slant.lexicon.LexiconFile;
import org.slant.lexicon.LexiconKind;
import org.slant.model.Content;
import org.slant.text.BlockSplitter;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code terminology} lexicon kind (files {@code lexicons/terminology/*.yaml}). An example fires the
 * entries whose findings the full terminology analysis of the example gives, and the speech cues that
 * made a short quotation in it a partial quotation.
 */
public final class TerminologyKind implements LexiconKind<TerminologyLexicon> {

    @Override
    public String kind() {
        return "terminology";
    }

    @Override
    public TerminologyLexicon compile(List<LexiconFile> files) {
        return TerminologyCompiler.compile(files);
    }

    @Override
    public Set<String> fired(TerminologyLexicon compiled, String example) {
        return new TerminologyAnalyzer(compiled, null).analyze(Content.of(example, BlockSplitter.split(example)), null).fired();
    }

    /**
     * Explains a term: an entry id, a contested-naming set id, a phrase of an entry, or else every entry
     * that fires on the term taken as a text ("Putin's regime").
     */
    @Override
    public String explain(TerminologyLexicon compiled, String term) {
        Set<TermEntry> entries = new LinkedHashSet<>();
        String t = term.strip();
        if (compiled.entry(t) != null) {
            entries.add(compiled.entry(t));
        }
        List<String> lines = new ArrayList<>();
        NamingSet set = compiled.set(t);
        if (set != null) {
            lines.add("contested-naming set " + set.id() + ": " + set.description());
            for (TermEntry e : compiled.entries()) {
                if (e.naming() != null && e.naming().set().equals(set.id())) {
                    entries.add(e);
                }
            }
        }
        if (entries.isEmpty()) {
            List<String> norms = Tokenizer.tokenize(t).stream().map(Token::norm).toList();
            for (TermEntry e : compiled.entries()) {
                if (e.phrase() != null && e.phrase().variants().stream().anyMatch(v -> norms(v).equals(norms))) {
                    entries.add(e);
                }
            }
        }
        if (entries.isEmpty() && !t.isEmpty()) {
            for (String id : fired(compiled, t)) {
                TermEntry e = compiled.entry(id);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        for (TermEntry e : entries) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(describe(compiled, e));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> norms(List<String> surface) {
        return surface.stream().map(s -> Tokenizer.norm(s, 0, s.length())).toList();
    }

    private static List<String> describe(TerminologyLexicon lex, TermEntry e) {
        List<String> out = new ArrayList<>();
        out.add(e.id() + "  (" + e.category().id() + ", weight " + e.weight() + ")  " + e.location());
        if (e.phrase() != null) {
            out.add("  phrase: " + String.join(" | ", e.phrase().phrases()) + "  (inflect "
                    + e.phrase().inflect().name().toLowerCase(java.util.Locale.ROOT) + ", case "
                    + (e.phrase().caseSensitive() ? "sensitive" : "insensitive") + ")");
        }
        ContextRule c = e.context();
        if (!c.notAfter().isEmpty()) {
            out.add("  not after: " + String.join(", ", c.notAfter().stream().map(p -> String.join(" ", p)).toList()));
        }
        if (!c.notBefore().isEmpty()) {
            out.add("  not before: " + String.join(", ", c.notBefore().stream().map(p -> String.join(" ", p)).toList()));
        }
        if (!c.near().isEmpty()) {
            out.add("  only near: " + String.join(", ", c.near().stream().sorted().toList()));
        }
        out.add("  rationale: " + e.rationale());
        if (e.naming() != null) {
            NamingSet s = lex.set(e.naming().set());
            out.add("  set: " + e.naming().set() + (s == null ? "" : " — " + s.description()));
            out.add("  variant: " + e.naming().variant() + "; convention: " + e.naming().convention() + " — "
                    + lex.convention(e.naming().convention()));
        }
        for (String m : e.mustMatch()) {
            out.add("  matches: " + m);
        }
        for (String m : e.mustNotMatch()) {
            out.add("  does not match: " + m);
        }
        return out;
    }
}
