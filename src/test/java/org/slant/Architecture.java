package org.slant;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import java.util.List;
import java.util.Set;

/**
 * The rules of the house, as ArchUnit rules over a root package (org.slant for the product; the tests
 * also apply them to a small fixture tree to show that they catch a violation). Lowest layer first; a layer
 * may use any layer before it, except the pairs in {@link #SIBLINGS}, which stand side by side.
 */
final class Architecture {

    /** A layer: a name and its packages, relative to the root ("" is the root package itself). */
    record Layer(String name, String packages) {
    }

    static final List<Layer> ORDER = List.of(
            new Layer("text", "text.."),                    // strings, tokens, offsets: knows no domain record
            new Layer("model", "model.."),                  // the records of an article and its analysis
            new Layer("config", "config.."),                // YAML/JSON config nodes, the build's version
            new Layer("files", "files.."),                  // path fences, output folders
            new Layer("lexicon", "lexicon.."),
            new Layer("ingest", "ingest.."),
            new Layer("pipeline", "pipeline.."),
            new Layer("boilerplate", "extract.boilerplate.."),
            new Layer("terminology", "extract.terminology.."),
            new Layer("attribution", "extract.attribution.."), // reads the terminology's word lists
            new Layer("extractors", "extract"),             // the standard stage list, the lexicon kinds
            new Layer("compare", "compare.."),              // the comparison, and Analysis which holds it
            new Layer("batch", "batch.."),                  // runs over many files
            new Layer("report.json", "report.json.."),
            new Layer("report.csv", "report.csv.."),        // a finding's attributes are a JSON cell
            new Layer("report.html", "report.html.."),
            new Layer("report", "report"),                  // writes the set: json, csv and html together
            new Layer("check", "check.."),
            new Layer("exercise", "exercise.."),
            new Layer("facade", ""),                        // Slant: the library's front door
            new Layer("cli", "cli.."));

    /** Pairs {later, earlier} where the later layer may not use the earlier one although the list orders them. */
    static final Set<List<String>> SIBLINGS = Set.of(
            List.of("terminology", "boilerplate"),
            List.of("attribution", "boilerplate"),
            List.of("report.html", "report.json"),
            List.of("report.html", "report.csv"),
            List.of("exercise", "check"));

    private Architecture() {
    }

    private static String pkg(String root, String relative) {
        return relative.isEmpty() ? root : root + "." + relative;
    }

    /** Every dependency between the root's layers goes down the {@link #ORDER}. */
    static ArchRule layering(String root, boolean optionalLayers) {
        Architectures.LayeredArchitecture arch = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(optionalLayers);
        for (Layer l : ORDER) {
            arch = arch.layer(l.name()).definedBy(pkg(root, l.packages()));
        }
        for (int i = 0; i < ORDER.size(); i++) {
            String name = ORDER.get(i).name();
            List<String> lower = ORDER.subList(0, i).stream().map(Layer::name)
                    .filter(low -> !SIBLINGS.contains(List.of(name, low))).toList();
            arch = lower.isEmpty() ? arch.whereLayer(name).mayNotAccessAnyLayer()
                    : arch.whereLayer(name).mayOnlyAccessLayers(lower.toArray(String[]::new));
        }
        return arch;
    }

    /**
     * No cycle between packages: each package is its own slice (so report and report.csv are two), except that
     * extract.attribution.model counts with extract.attribution: the model reads the extractor's cues and
     * sources, and the extractor runs the model.
     */
    static ArchRule noCycles(String root) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (!p.equals(root) && !p.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rel = p.equals(root) ? "(root)" : p.substring(root.length() + 1);
                return SliceIdentifier.of(rel.startsWith("extract.attribution.") ? "extract.attribution" : rel);
            }

            @Override
            public String getDescription() {
                return "packages of " + root;
            }
        }).should().beFreeOfCycles();
    }
}
