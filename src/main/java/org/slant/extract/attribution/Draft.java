package org.slant.extract.attribution;

/** An attribution being built, in token offsets. */
final class Draft {
    Cue cue;
    int cueFirst;
    int cueEnd;
    Phrases.Range source;
    /** Where the speaker is named inside a longer source ("a statement released by the ministry"); null: the source. */
    Phrases.Range speaker;
    boolean shared;
    int rightFrom = -1;
    int contentStart = -1;
    int contentEnd = -1;
    int[] secondPiece;
    String pattern;
    Phrases.Range listener;
    Source classified;

    int frameStart() {
        return source != null && !shared ? Math.min(source.first(), cueFirst) : cueFirst;
    }
}
