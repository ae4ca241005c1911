package org.slant.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slant.Slant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One outlet, one name: the forms clues write a name in come to the same name. */
class OutletNamesTest {

    private final OutletRegistry registry = Slant.lexicons().standard().compile(new OutletKind());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Infowars.com | Infowars",
            "Infowars | Infowars",
            "www.infowars.com | infowars",
            "Paul Joseph Watson at Infowars | Infowars",
            "Prison Planet.com | Prison Planet",
            "Splashtop Inc. | Splashtop",
            "Pluralsight LLC | Pluralsight",
            "Copyright Cuboh Software Incorporated | Cuboh Software",
            "© 2024 The Daily Bugle | The Daily Bugle",
            "bbc.co.uk | bbc",
            "Camels & Chocolate | Camels & Chocolate",
            "Center for American Progress | Center for American Progress",
            "Love at First Bite | Love at First Bite"})
    void cleansTheFormsAClueWritesANameIn(String written, String name) {
        assertEquals(name, OutletNames.clean(written));
    }

    @Test
    void aHostileNameIsLinear() {
        String commas = "A" + ",".repeat(200_000) + "x";
        // the test thread's CPU time, which other processes on a shared machine do not inflate: a quadratic
        // scan of 200,000 commas would take minutes, the linear one takes milliseconds
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = cpu.getCurrentThreadCpuTime();
        assertEquals(commas, OutletNames.clean(commas));
        assertEquals(null, PageOutlet.partNamed("Title | " + commas + " | Bugle", "nomatch"));
        assertEquals("Bugle", PageOutlet.partNamed("Title | " + commas + " | Bugle", "bugle"));
        org.junit.jupiter.api.Assertions.assertTrue(cpu.getCurrentThreadCpuTime() - t < 2_000_000_000L, "linear, not quadratic");
    }

    @Test
    void theFormsOfOneOutletShareAKey() {
        assertEquals(OutletNames.key("Infowars"), OutletNames.key("Infowars.com"));
        assertEquals(OutletNames.key("Infowars"), OutletNames.key("Paul Joseph Watson at Infowars"));
        assertEquals(OutletNames.key("InfoWars"), OutletNames.key("www.infowars.com"));
    }

    @Test
    void aKnownOutletTakesTheRegistrysName() {
        assertEquals("AFP", OutletNames.normalise("AFP", registry));
        assertEquals("The Telegraph", OutletNames.normalise("Telegraph", registry));
    }

    @Test
    void theSiteLabelOfAHost() {
        assertEquals("clevelandclinic", OutletNames.siteLabel("health.clevelandclinic.org"));
        assertEquals("journeytocollege", OutletNames.siteLabel("journeytocollege.mo.gov"));
        assertEquals("bbc", OutletNames.siteLabel("www.bbc.co.uk"));
        assertEquals("swoogo", OutletNames.siteLabel("swoogo.events"));
        assertEquals("ravven", OutletNames.siteLabel("blog.ravven.dev"));
        assertEquals("aimaker", OutletNames.siteLabel("aimaker.substack.com"), "one newsletter of many on one host");
        assertEquals("substack", OutletNames.siteLabel("substack.com"));
    }
}
