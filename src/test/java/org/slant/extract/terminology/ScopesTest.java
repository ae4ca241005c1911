package org.slant.extract.terminology;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contested names count only in an article about their subject: the war in Ukraine's names are not Chechnya's. */
class ScopesTest {

    private static List<String> naming(String text) {
        return Terms.findings(text).stream().filter(f -> f.rule().startsWith("naming.ukraine_war."))
                .map(f -> f.rule() + " " + f.text()).toList();
    }

    @Test
    void anArticleOnAnotherWarGetsNoUkraineWarNaming() {
        String chechnya = "Russia's invasion of the breakaway republic began in December 1994. Grozny was shelled "
                + "for weeks. Veterans of the military operation, some of whom later fought in Ukraine, met in "
                + "Moscow. After the invasion, tens of thousands of civilians fled.";
        assertEquals(List.of(), naming(chechnya));
    }

    @Test
    void anArticleOnTheWarInUkraineGetsItsNamingInEveryDirection() {
        String ukraine = "Kyiv said Russian drones struck Kharkiv overnight. Two years after the invasion, Ukraine's "
                + "invasion of the Kursk region surprised Moscow. Russia's invasion continues.";
        assertEquals(List.of("naming.ukraine_war.invasion the invasion",
                "naming.ukraine_war.invasion Ukraine's invasion",
                "naming.ukraine_war.invasion Russia's invasion"), naming(ukraine));
    }

    @Test
    void oneSentenceNamingItsSubjectCountsAlone() {
        assertEquals(List.of("naming.ukraine_war.war_in_ukraine war in Ukraine"), naming("They discussed the war in Ukraine."));
        assertEquals(List.of(), naming("They discussed the invasion."));
    }
}
