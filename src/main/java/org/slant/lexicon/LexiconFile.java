package org.slant.lexicon;

import org.slant.config.ConfigNode;

import java.util.List;

/**
 * One lexicon file as read: its header and its entries, each entry still a located node so that every
 * later error can point at file:line:column.
 *
 * @param kind which extractor reads it (terminology, boilerplate, cues, actors, outlets, ...)
 */
public record LexiconFile(String file, String id, String version, String kind, String description,
                          String provenance, List<LexiconEntry> entries, ConfigNode root) {

    public LexiconFile {
        entries = List.copyOf(entries);
    }

    /** The same file with other entries (the validator compiles entries one by one to list every error). */
    public LexiconFile withEntries(List<LexiconEntry> e) {
        return new LexiconFile(file, id, version, kind, description, provenance, e, root);
    }
}
