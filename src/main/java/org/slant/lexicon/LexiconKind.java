package org.slant.lexicon;

import java.util.List;
import java.util.Set;

/**
 * What an extractor supplies for its kind of lexicon: how to compile the files (checking the
 * kind-specific fields, with file:line errors) and which entries fire on an example text. One generic
 * test and {@code slant lexicon validate} run every entry's examples through this.
 *
 * @param <C> the compiled form the extractor matches with
 */
public interface LexiconKind<C> {

    /** The {@code kind:} value of the files this reads. */
    String kind();

    /** Compiles the files of this kind (later files override entries of earlier ones with the same id). */
    C compile(List<LexiconFile> files);

    /** Ids of the entries that fire on the text of an example. */
    Set<String> fired(C compiled, String example);

    /** A one-paragraph explanation of an entry for {@code slant lexicon explain}; null when not found. */
    default String explain(C compiled, String term) {
        return null;
    }
}
