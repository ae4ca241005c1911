package org.slant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slant.archfixture.model.High;
import org.slant.archfixture.model.UsesPlain;
import org.slant.archfixture.text.Low;
import org.slant.archfixture.text.Plain;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Packages depend one way (the order in {@link Architecture}) and form no cycle. */
class ArchitectureTest {

    private static final String FIXTURE = "org.slant.archfixture";

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() throws Exception {
        // the product's class folder (or jar) only: scanning the whole class path for org.slant takes many seconds
        Path classes = Path.of(Slant.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(classes);
    }

    @Test
    void everyDependencyGoesDownTheLayers() {
        Architecture.layering("org.slant", false).check(product);
    }

    @Test
    void noPackageCycle() {
        Architecture.noCycles("org.slant").check(product);
    }

    @Test
    void theProductIsThere() {
        // the rules above pass trivially on nothing: make sure the product's classes were imported
        assertTrue(product.contain(Slant.class));
        assertTrue(product.contain(org.slant.model.Finding.class));
        assertTrue(product.contain(org.slant.cli.Main.class));
    }

    @Test
    void anImportAgainstTheLayersIsReported() {
        // a text-layer class that uses the model layer (fixture classes, not the product's)
        JavaClasses wrong = new ClassFileImporter().importClasses(Low.class, High.class);
        EvaluationResult r = Architecture.layering(FIXTURE, true).evaluate(wrong);
        assertTrue(r.hasViolation());
        assertTrue(r.getFailureReport().toString().contains(Low.class.getName()), r.getFailureReport().toString());
    }

    @Test
    void aCycleIsReported() {
        JavaClasses cycle = new ClassFileImporter().importClasses(Low.class, High.class);
        EvaluationResult r = Architecture.noCycles(FIXTURE).evaluate(cycle);
        assertTrue(r.hasViolation());
        assertTrue(r.getFailureReport().toString().contains("Cycle"), r.getFailureReport().toString());
    }

    @Test
    void theAllowedDirectionIsNotReported() {
        JavaClasses fine = new ClassFileImporter().importClasses(Plain.class, UsesPlain.class);
        assertFalse(Architecture.layering(FIXTURE, true).evaluate(fine).hasViolation());
        assertFalse(Architecture.noCycles(FIXTURE).evaluate(fine).hasViolation());
    }
}
