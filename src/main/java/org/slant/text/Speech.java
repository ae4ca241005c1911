package org.slant.text;

/**
 * Who speaks where, in clean-text offsets: the content of a quotation or of reported speech, with its
 * cue and source when known. Attribution provides these; terminology reads them to say whose voice a
 * loaded word is in.
 *
 * @param sourceType  named, institution, anonymous, self, media or unresolved (see the attribution extractor)
 * @param speaker     the resolved speaker, or null
 * @param affiliation the speaker's actor (France, Russia, ...), or "unknown"
 * @param direct      true for a direct quotation
 */
public record Speech(int contentStart, int contentEnd, int cueStart, int cueEnd, int sourceStart, int sourceEnd,
                     String sourceType, String speaker, String affiliation, boolean direct) implements Span {

    @Override
    public int start() {
        return contentStart;
    }

    @Override
    public int end() {
        return contentEnd;
    }
}
