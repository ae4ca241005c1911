package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page names sides as the actors lexicon does, not by their ids. */
class ActorLabelsTest {

    private final ActorLabels labels = new ActorLabels(Slant.lexicons().standard());

    @Test
    void countriesAndOrganisationsTakeTheirEntrysName() {
        assertEquals("Russia", labels.label("russia"));
        assertEquals("France", labels.label("france"));
        assertEquals("United States", labels.label("us"));
    }

    @Test
    void anActorWithoutSuchAnEntryIsWrittenFromItsId() {
        assertEquals("Russia opposition", labels.label("russia-opposition"));
        assertEquals("Unknown", labels.label("unknown"));
    }
}
