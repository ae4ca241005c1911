package org.slant.lexicon;

import org.slant.config.ConfigNode;

import java.util.List;

/**
 * The fields every lexicon entry has, whatever its kind: a stable id (rule ids are a promise and never
 * change meaning), a one-line rationale, and examples that must and must not match. The kind-specific
 * fields are read from {@link #node()} by the kind's compiler.
 */
public record LexiconEntry(String id, String rationale, List<String> mustMatch, List<String> mustNotMatch,
                           ConfigNode node) {

    public LexiconEntry {
        mustMatch = List.copyOf(mustMatch);
        mustNotMatch = List.copyOf(mustNotMatch);
    }

    public String location() {
        return node.location();
    }
}
