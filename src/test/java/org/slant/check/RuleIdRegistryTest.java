package org.slant.check;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.Analyzer;
import org.slant.extract.attribution.model.AttributionModel;
import org.slant.extract.terminology.LoadedModel;
import org.slant.lexicon.Lexicons;
import org.slant.testing.Project;
import org.slant.testing.RuleIdRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule and lexicon entry id Slant can emit is in the committed registry, and no id of the registry
 * disappears without a deprecation line naming its replacement (see {@link RuleIdRegistry}).
 */
class RuleIdRegistryTest {

    static final Path FILE = Project.dir().resolve("src/test/resources/rule-ids.txt");

    /**
     * The ids Slant has now, from what the code and the lexicons declare ({@link Vocabulary}): every lexicon
     * entry of every kind, every stage's structural rules, with the shipped models' rule ids (the loaded-language
     * model's and the attribution model's, which switches turn on).
     */
    static Set<String> current() {
        Lexicons lexicons = Slant.lexicons().standard();
        Set<String> ids = new TreeSet<>(Vocabulary.of(Analyzer.of(lexicons, LoadedModel.shipped()).pipeline(), lexicons).rules());
        AttributionModel attribution = AttributionModel.shipped();
        if (attribution != null) {
            ids.add(attribution.cueId());
        }
        return ids;
    }

    @Test
    void theRegistryListsEveryIdAndLosesNone() throws IOException {
        Set<String> current = current();
        RuleIdRegistry registry = RuleIdRegistry.parse(Files.readString(FILE, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("ids.update")) {
            Files.writeString(FILE, registry.adding(registry.unlisted(current)).write(), StandardCharsets.UTF_8);
            registry = RuleIdRegistry.parse(Files.readString(FILE, StandardCharsets.UTF_8));
        }
        assertTrue(current.size() > 500, "too few ids to mean anything: " + current.size());
        assertTrue(current.contains(LoadedModel.shipped().rule()), "the model's rule id is collected");
        List<String> problems = registry.problems(current);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aRemovedIdFailsNamingIt() {
        RuleIdRegistry r = RuleIdRegistry.parse("# ids\nloaded.regime\nnaming.kiev\n");
        List<String> problems = r.problems(Set.of("naming.kiev"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("rule id 'loaded.regime' is in the registry but Slant no longer has it"),
                problems.get(0));
    }

    @Test
    void aDeprecatedIdNeedsALiveAlias() {
        Set<String> now = Set.of("loaded.regime2", "naming.kiev");
        assertEquals(List.of(), RuleIdRegistry.parse("loaded.regime -> loaded.regime2\nloaded.regime2\nnaming.kiev\n")
                .problems(now));
        // aliases may chain to a live id
        assertEquals(List.of(), RuleIdRegistry.parse("a -> b\nb -> loaded.regime2\nloaded.regime2\nnaming.kiev\n")
                .problems(now));
        List<String> dangling = RuleIdRegistry.parse("loaded.regime -> loaded.gone\nloaded.regime2\nnaming.kiev\n")
                .problems(now);
        assertEquals(1, dangling.size(), dangling.toString());
        assertTrue(dangling.get(0).contains("'loaded.regime' points to 'loaded.gone'"), dangling.get(0));
        List<String> loop = RuleIdRegistry.parse("a -> b\nb -> a\nloaded.regime2\nnaming.kiev\n").problems(now);
        assertEquals(2, loop.size(), loop.toString());
    }

    @Test
    void aNewIdMustBeAddedAndTheUpdateOnlyAdds() {
        RuleIdRegistry r = RuleIdRegistry.parse("old -> naming.kiev\nnaming.kiev\n");
        Set<String> now = Set.of("naming.kiev", "loaded.new");
        List<String> problems = r.problems(now);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("[loaded.new]") && problems.get(0).contains("-Dids.update=true"));
        RuleIdRegistry updated = RuleIdRegistry.parse(r.adding(r.unlisted(now)).write());
        assertEquals(Set.of("naming.kiev", "loaded.new"), updated.ids());
        assertEquals(r.deprecated(), updated.deprecated());
        assertEquals(List.of(), updated.problems(now));
    }
}
