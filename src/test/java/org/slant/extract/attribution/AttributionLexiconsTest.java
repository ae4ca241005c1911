package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.config.ConfigException;
import org.slant.lexicon.LexiconLoader;
import org.slant.lexicon.Lexicons;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributionLexiconsTest {

    private static final String HEADER = "id: test\nversion: 1.0.0\nkind: %s\ndescription: d\nprovenance: p\nentries:\n";

    @Test
    void anUnknownStanceIsAnErrorWithItsLocation() {
        String yaml = String.format(HEADER, "cues") + "  - id: cue.x\n    phrase: say\n    stance: sarcastic\n"
                + "    rationale: r\n    examples: {match: [a], no_match: [b]}\n";
        ConfigException e = assertThrows(ConfigException.class,
                () -> new CueKind().compile(List.of(LexiconLoader.parse("my-cues.yaml", yaml))));
        assertTrue(e.getMessage().startsWith("my-cues.yaml:9:"), e.getMessage());
        assertTrue(e.getMessage().contains("sarcastic"), e.getMessage());
    }

    @Test
    void anOfficeThatIsNoRoleIsAnError() {
        String yaml = String.format(HEADER, "actors") + "  - id: person.x\n    type: person\n    actor: france\n"
                + "    name: Jean Dupont\n    offices: [role.king]\n    rationale: r\n"
                + "    examples: {match: [Jean Dupont], no_match: [Jean]}\n";
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ActorKind().compile(List.of(LexiconLoader.parse("my-actors.yaml", yaml))));
        assertTrue(e.getMessage().contains("my-actors.yaml:11:") && e.getMessage().contains("role.king"), e.getMessage());
    }

    @Test
    void aUserGazetteerAddsASpeaker() {
        String yaml = String.format(HEADER, "actors") + "  - id: person.dupont\n    type: person\n    actor: france\n"
                + "    name: Jean Dupont\n    aliases: [Dupont]\n    gender: m\n    rationale: r\n"
                + "    examples: {match: [Dupont said], no_match: [Jean said]}\n";
        List<org.slant.lexicon.LexiconFile> files = new java.util.ArrayList<>(Slant.lexicons().builtIn());
        files.add(LexiconLoader.parse("my-actors.yaml", yaml));
        ActorGazetteer g = new Lexicons(files).compile(new ActorKind());
        assertEquals(Set.of("honorific.mr", "person.dupont"), new ActorKind().fired(g, "Mr Dupont said so."));
    }

    @Test
    void titlesAndSpellingsFindTheSamePerson() {
        ActorGazetteer g = Slant.lexicons().standard().compile(new ActorKind());
        ActorKind k = new ActorKind();
        assertTrue(k.fired(g, "Élisabeth Borne said").contains("person.borne"));
        assertTrue(k.fired(g, "Elisabeth Borne said").contains("person.borne"));
        assertTrue(k.fired(g, "Olaf Scholz said").contains("person.scholz"));
        assertTrue(k.fired(g, "the French defence minister said").containsAll(Set.of("country.france", "role.defence-minister")));
    }

    @Test
    void theGazetteerIsBroad() {
        ActorGazetteer g = Slant.lexicons().standard().compile(new ActorKind());
        // the people are few on purpose (heads of state and government); the actor table holds the rest
        assertTrue(g.size() > 150, "entries: " + g.size());
        assertTrue(ActorTable.shipped().size() > 50_000, "table keys: " + ActorTable.shipped().size());
    }
}
