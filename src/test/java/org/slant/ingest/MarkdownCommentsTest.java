package org.slant.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownCommentsTest {

    @Test
    void commentsBecomeSpacesKeepingLineBreaksAndOffsets() {
        String md = "A <!-- one -->word.\n<!-- two\nlines -->\nEnd.";
        String blanked = MarkdownComments.blank(md);
        assertEquals(md.length(), blanked.length());
        assertEquals("A             word.\n        \n         \nEnd.", blanked);
        List<MarkdownComments.Comment> c = MarkdownComments.find(md);
        assertEquals(2, c.size());
        assertEquals(" one ", c.get(0).body());
        assertEquals(2, c.get(0).start());
        assertEquals(14, c.get(0).end());
        assertEquals(" two\nlines ", c.get(1).body());
    }

    @Test
    void commentsShownAsTextStay() {
        String fenced = "```\n<!-- shown -->\n```\n<!-- hidden -->\n";
        assertEquals(List.of(" hidden "), MarkdownComments.find(fenced).stream().map(MarkdownComments.Comment::body).toList());
        String tilde = "~~~~md\n<!-- shown -->\n~~~\n<!-- shown too -->\n~~~~\n<!-- hidden -->";
        assertEquals(List.of(" hidden "), MarkdownComments.find(tilde).stream().map(MarkdownComments.Comment::body).toList());
        String span = "Use `<!-- x -->` or ``a ` <!-- y -->`` but <!-- z -->.";
        assertEquals(List.of(" z "), MarkdownComments.find(span).stream().map(MarkdownComments.Comment::body).toList());
        String indented = "    ```\n<!-- hidden -->";
        assertEquals(1, MarkdownComments.find(indented).size());
        assertEquals("An unclosed <!-- comment is text", MarkdownComments.blank("An unclosed <!-- comment is text"));
        assertEquals("Nothing here", MarkdownComments.blank("Nothing here"));
    }
}
