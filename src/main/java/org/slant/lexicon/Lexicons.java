package org.slant.lexicon;

import java.util.List;
import java.util.Map;

/**
 * A set of lexicons in use: the built-in ones (shipped in the jar under {@code lexicons/}, the same files as
 * the project's {@code lexicons/} folder) plus any the user adds with {@code --lexicon FILE}. Files are
 * ordered by path so that compilation, and so every output, is deterministic. Each kind is compiled once
 * per instance; a {@link LexiconStore} hands out shared instances so that a program compiles each once.
 */
public final class Lexicons {

    private final List<LexiconFile> files;
    private final Map<String, Object> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    public Lexicons(List<LexiconFile> files) {
        this.files = List.copyOf(files);
    }

    public List<LexiconFile> files() {
        return files;
    }

    public List<LexiconFile> ofKind(String kind) {
        return files.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** The compiled form of a kind, compiled once per instance. */
    @SuppressWarnings("unchecked")
    public <C> C compile(LexiconKind<C> kind) {
        return (C) compiled.computeIfAbsent(kind.kind(), k -> kind.compile(ofKind(k)));
    }
}
