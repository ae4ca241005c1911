package org.slant.extract.boilerplate;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.model.Article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readers' comment threads in a scraped text: signature lines close together make a thread. */
class CommentThreadsTest {

    private static final String STORY = """
            Allotment society opens a seed library

            The allotment society on Mill Lane opened a seed library on Saturday, lending packets of tomato, bean and squash seed to any member who promises to return seed from the harvest in the autumn.

            The library began with 400 packets donated by members, many of them from varieties grown on the site for more than thirty years, the society's secretary said at the opening.

            Members who borrow seed are asked to let a few plants run to seed and to label what they bring back, so that the next borrower knows what they are sowing and where it grew.

            """;

    private static final String THREAD = """
            14 thoughts on “Allotment society opens a seed library”

            Peggy Marsh says:

            What a lovely idea, we tried something like this at our church hall years ago and it ran for a decade before the hall closed for good.

            Reply

            tomgrows says:

            Do they take seed from people who are not members yet? I have a drawer full of runner beans saved from last summer and nowhere to put them.

            Reply

            Ruth Okoro says:

            The squash seed I saved last year came up as something very strange indeed, so label everything and keep the varieties well apart.

            Reply

            """;

    private static String clean(String text) {
        Article a = Slant.article("seeds", text);
        return CleanText.of(a, new BoilerplateExtractor(Slant.lexicons().standard())).text();
    }

    @Test
    void aThreadOfSignedCommentsIsNotTheArticle() {
        String clean = clean(STORY + THREAD);
        assertTrue(clean.contains("The library began with 400 packets"), clean);
        assertTrue(clean.contains("where it grew."), clean);
        assertFalse(clean.contains("church hall"), clean);
        assertFalse(clean.contains("runner beans"), clean);
        assertFalse(clean.contains("very strange indeed"), clean);
    }

    @Test
    void twoSignatureLinesAreNoThread() {
        String interview = STORY + """
                The secretary says:

                We wanted the site's old varieties to outlive the people who grow them, and lending the seed out is the surest way to keep them going.

                A member who has kept bees on the site since 1990 says:

                The library will bring more flowers to the beans, and more bees to everyone's plots, which is good news for the whole lane.

                """;
        String clean = clean(interview);
        assertTrue(clean.contains("outlive the people who grow them"), clean);
        assertTrue(clean.contains("more bees to everyone's plots"), clean);
    }
}
