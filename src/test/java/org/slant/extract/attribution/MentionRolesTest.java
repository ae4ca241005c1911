package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code Mentions} reads a name's role classes (for a later "the ambassador") and the side its role gives
 * it (for a later "Mr Nowak") in one pass over the words before the name and one over its apposition. The
 * expected lines are what the build before that merge (16804f7, two separate scans) gave on these invented
 * articles, and the merged pass gives the same: a title right before the name gives both; a title across a
 * comma gives the side but no role of the name's own; an apposition after the name gives both; a
 * diplomat's posting is skipped.
 */
class MentionRolesTest {

    private static String lines(String text) {
        ArticleResult r = Analyse.text(text);
        StringBuilder sb = new StringBuilder();
        for (Finding f : Analyse.attributions(r)) {
            sb.append(Analyse.part(f, "source")).append(" -> ").append(f.attrs().speaker()).append(" | ")
                    .append(((Attrs.Attribution) f.attrs()).affiliation()).append("; ");
        }
        return sb.toString();
    }

    @Test
    void aTitleRightBeforeTheNameGivesItsRoleAndSide() {
        assertEquals("The ambassador -> Marek Nowak | poland; Mr Nowak -> Marek Nowak | poland; ",
                lines("Polish Ambassador Marek Nowak toured the port on Sunday.\n\nThe ambassador said the ships would sail."
                        + "\n\nMr Nowak added that the crews were ready."));
    }

    @Test
    void aTitleAcrossACommaGivesTheSideButNoRoleOfTheNamesOwn() {
        assertEquals("The minister -> minister | unknown; Mr Nowak -> Marek Nowak | poland; ",
                lines("The Polish defence minister, Marek Nowak, flew to Kyiv on Monday.\n\nThe minister said the shells would arrive."
                        + "\n\nMr Nowak added that more would follow."));
    }

    @Test
    void anAppositionAfterTheNameGivesBoth() {
        assertEquals("The diplomat -> Irina Kovalenko | ukraine; Ms Kovalenko -> Irina Kovalenko | ukraine; ",
                lines("Irina Kovalenko, a Ukrainian diplomat, arrived in Vienna.\n\nThe diplomat said the convoy had left."
                        + "\n\nMs Kovalenko added that it would arrive on Friday."));
        assertEquals("The ambassador -> Ingrid Solberg | norway; Ms Solberg -> Ingrid Solberg | norway; ",
                lines("Ingrid Solberg, the Norwegian ambassador to Russia, arrived on Sunday.\n\nThe ambassador said the talks were over."
                        + "\n\nMs Solberg added that she would stay."), "the posting is not the side");
    }

    @Test
    void aPostingBeforeTheNameIsSkipped() {
        assertEquals("The envoy -> envoy | unknown; Mr Girard -> Paul Girard | france; ",
                lines("French envoy in Moscow Paul Girard met the minister.\n\nThe envoy said the meeting was short."
                        + "\n\nMr Girard added that he would return."));
    }
}
