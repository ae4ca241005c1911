package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main container on a page builder's markup, and the comment thread beneath a post. */
class MarkupTreeTest {

    private static String para(String subject) {
        return "<p>" + subject + ", the report said, had grown every year since the survey began, and the council, "
                + "which funds most of the work, will decide in March whether to extend it for another decade.</p>";
    }

    /** An article split into sections, each wrapped in its own columns, as Elementor-like builders write it. */
    private static final String PAGE = "<html><head><title>Survey of the river</title></head><body>"
            + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
            + "<div class='post-area'>"
            + "<section class='sec'><div class='col'><div class='inner'><div class='el-text'>"
            + para("The number of otters") + para("The number of herons") + para("The number of kingfishers")
            + "</div><div class='el-text'><p>The survey team counts the birds and fish twice a year.</p></div></div></div></section>"
            + "<section class='sec'><div class='col'><div class='inner'><div class='el-text'>"
            + para("The number of trout") + para("The number of eels") + "</div></div></div></section>"
            + "<section class='sec'><div class='col'><div class='inner'><div class='el-text'>"
            + para("The number of swans") + para("The number of water voles") + "</div></div></div></section>"
            + "<section class='sec'><div class='col'><div class='inner'><div class='el-text'>"
            + para("The number of dragonflies") + para("The number of mayflies") + "</div></div></div></section>"
            + "<div id='comments' class='comments-area'><ol>"
            + "<li class='comment'><p>I saw two otters by the weir last week, which was a lovely surprise, and a heron too.</p></li>"
            + "<li class='comment'><p>Will the survey be published online, and can volunteers join the spring count?</p></li>"
            + "</ol></div></div>"
            + "<footer><p>© River Trust</p></footer></body></html>";

    private static Classification classify() {
        Article a = HtmlPages.article("river", PAGE);
        return CleanText.of(a, new BoilerplateExtractor(Slant.lexicons().standard())).classification();
    }

    @Test
    void aContainerHoldingAFragmentOfTheArticleClimbsToTheWhole() {
        Classification c = classify();
        int inMain = BlockFeatures.NAMES.indexOf("in_main");
        int checked = 0;
        for (int i = 0; i < c.size(); i++) {
            String t = c.texts().get(i).text();
            if (t.startsWith("The number of")) {
                assertEquals(1.0, c.features()[i][inMain], t);
                checked++;
            }
            if (t.equals("Home")) {
                assertEquals(0.0, c.features()[i][inMain], t);
            }
        }
        assertEquals(9, checked);
    }

    @Test
    void commentsBeneathThePostAreMarkedAsAThread() {
        Classification c = classify();
        int comments = BlockFeatures.NAMES.indexOf("in_comments");
        int outside = BlockFeatures.NAMES.indexOf("marked_outside");
        int checked = 0;
        for (int i = 0; i < c.size(); i++) {
            String t = c.texts().get(i).text();
            boolean comment = t.startsWith("I saw two otters") || t.startsWith("Will the survey");
            if (comment || t.startsWith("The number of")) {
                assertEquals(comment ? 1.0 : 0.0, c.features()[i][comments], t);
                assertEquals(comment ? 1.0 : 0.0, c.features()[i][outside], t);
                checked++;
            }
        }
        assertEquals(11, checked);
        assertTrue(c.features()[0].length == BlockFeatures.NAMES.size());
    }
}
