package org.slant.dev.actors;

import org.junit.jupiter.api.Test;
import org.slant.extract.attribution.ActorTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActorTableBuilderTest {

    private static final String HEADER = "name\taliases\tcountry\tparty\trole\tfrom\tto\twikidata\tsource\n";

    private static String row(String name, String aliases, String country, String party) {
        return name + "\t" + aliases + "\t" + country + "\t" + party + "\tmember\t2010\t\t\trepo@abc:x\n";
    }

    private static ActorTableBuilder.Outcome build(String rows) throws IOException {
        return ActorTableBuilder.build(new BufferedReader(new StringReader(HEADER + rows)));
    }

    @Test
    void namesOfTwoCountriesAreRefusedAndCounted() throws IOException {
        ActorTableBuilder.Outcome o = build(row("Ann Roe", "", "GB", "Labour") + row("Ann Roe", "", "US", "Democrat")
                + row("Bo Vale", "Bo T. Vale", "US", "Republican"));
        assertFalse(o.table().containsKey("ann roe"));
        assertEquals(List.of("ann roe (GB, US)"), o.ambiguous());
        assertEquals(new ActorTable.Person("US", "R"), o.table().get("bo vale"));
        assertEquals(new ActorTable.Person("US", "R"), o.table().get("bo t vale"), "aliases too");
    }

    @Test
    void onlyLatinFullNamesAndOnlyTheTwoUsPartiesAreKept() throws IOException {
        ActorTableBuilder.Outcome o = build(row("Иванов Иван", "Ivan Ivanov", "RU", "ЕР") + row("Zed", "", "FR", "X")
                + row("Cy Dunn", "", "US", "Independent") + row("Di Moss", "", "US", "Republican")
                + row("Di Moss", "", "US", "Democrat") + row("Eli Watt", "", "GB", "Conservative"));
        assertEquals(new ActorTable.Person("RU", ""), o.table().get("ivan ivanov"));
        assertEquals(1, o.nonLatin());
        assertEquals(1, o.oneWord());
        assertEquals(new ActorTable.Person("US", ""), o.table().get("cy dunn"));
        assertEquals(new ActorTable.Person("US", ""), o.table().get("di moss"), "two parties: the country only");
        assertEquals(new ActorTable.Person("GB", ""), o.table().get("eli watt"), "no party outside the US");
    }

    @Test
    void aFileThatIsNotTheActorsDataIsRefused() {
        assertThrows(IOException.class, () -> ActorTableBuilder.build(new BufferedReader(new StringReader("a\tb\n"))));
    }
}
