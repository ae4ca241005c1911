package org.slant.extract.attribution;

import org.junit.jupiter.api.Test;
import org.slant.Slant;
import org.slant.extract.boilerplate.HtmlPages;
import org.slant.model.ArticleResult;
import org.slant.model.Attrs;
import org.slant.model.Finding;
import org.slant.model.TermAttrs;
import org.slant.model.Voice;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Embedded social posts are quotations of their author, in plain text and in HTML (invented pages). */
class EmbeddedPostsTest {

    static final String POST = "The council is acting like a regime that answers to nobody. Vote now or step aside.";

    static final String TEXT = """
            Harbour tax vote delayed again

            The city council postponed its vote on the harbour tax on Tuesday, the third delay since spring, after two members asked for more time to study the figures and the port's own forecasts.

            Residents reacted quickly online, and one of the loudest voices was a blogger who writes about the port and its ships.

            %s

            — Lena Hart (@lenahart_news) March 3, 2025

            The council's chair said the vote would take place next month, once the figures had been checked by the auditors.
            """.formatted(POST);

    @Test
    void aPostAboveItsSignatureLineIsQuotedFromItsAuthor() {
        ArticleResult r = Analyse.text(TEXT);
        Finding post = onlyPost(r);
        Attrs.Attribution a = (Attrs.Attribution) post.attrs();
        assertEquals("Lena Hart", a.speaker());
        assertEquals("Lena Hart", a.source().text());
        assertEquals(POST, a.content().text());
        assertEquals("unknown", a.affiliation());
        assertEquals(Voice.QUOTED, post.voice());
        assertTrue(a.direct());
        // the post's words stay in the article, in its author's voice
        Finding regime = terminology(r, "regime");
        assertEquals(Voice.QUOTED, regime.voice());
        assertEquals("Lena Hart", ((TermAttrs) regime.attrs()).speaker());
        assertEquals(TEXT.indexOf("regime"), regime.start());
    }

    @Test
    void aPostAndItsSignatureOnOneLineStayInTheText() {
        String line = "The ferry is late again, third time this week. pic.twitter.com/Ab12Cd — Harbour Watch (@harbourwatch) Oct 9, 2024";
        String text = TEXT.replace(POST + "\n\n— Lena Hart (@lenahart_news) March 3, 2025", line);
        ArticleResult r = Analyse.text(text);
        Attrs.Attribution a = (Attrs.Attribution) onlyPost(r).attrs();
        assertEquals("Harbour Watch", a.speaker());
        assertEquals("The ferry is late again, third time this week.", a.content().text());
        assertEquals("pic.twitter.com/Ab12Cd — Harbour Watch (@harbourwatch) Oct 9, 2024", a.cue().text());
        assertEquals(text.indexOf(line), a.content().start());
        assertTrue(r.findings().stream().noneMatch(f -> f.extractor().equals("boilerplate")
                && f.start() <= text.indexOf(line) && f.end() > text.indexOf(line)), "the post's line is not boilerplate");
    }

    @Test
    void withoutTheSignatureNothingIsQuoted() {
        String text = TEXT.replace("— Lena Hart (@lenahart_news) March 3, 2025", "");
        ArticleResult r = Analyse.text(text);
        assertTrue(posts(r).isEmpty());
        assertEquals(Voice.NARRATOR, terminology(r, "regime").voice());
    }

    @Test
    void aSignatureAfterAParagraphTooLongForAPostQuotesNothing() {
        String longParagraph = ("The council met again on Wednesday and went through the forecasts line by line, "
                + "with the port's managers at the table and the auditors on the phone. ").repeat(6);
        ArticleResult r = Analyse.text(TEXT.replace(POST, longParagraph.strip()));
        assertTrue(posts(r).isEmpty());
    }

    static final String PAGE = """
            <html><head><title>Harbour tax vote delayed again</title></head><body><main><article>
            <h1>Harbour tax vote delayed again</h1>
            <p>The city council postponed its vote on the harbour tax on Tuesday, the third delay since spring, after two members asked for more time to study the figures.</p>
            <p>Residents reacted quickly online, and one of the loudest voices was a blogger who writes about the port, its ships and the people who work there.</p>
            <blockquote class="twitter-tweet"><p lang="en">%s</p>&mdash; Lena Hart (@lenahart_news) <a href="https://x.example/s/1">March 3, 2025</a></blockquote>
            <p>The council's chair said the vote would take place next month, once the figures had been checked by the auditors, and that nobody was hiding anything.</p>
            <blockquote class="tiktok-embed"><section><a href="https://t.example/@river.kitchen">@river.kitchen</a><p>Three ways to cook leeks, none of them boring, all of them cheap.</p></section></blockquote>
            <p>The harbour's fish market, which the tax would pay for, has been closed since the storm in January.</p>
            </article></main></body></html>
            """.formatted(POST);

    @Test
    void inHtmlTheEmbedElementHoldsThePostAndItsSignature() {
        ArticleResult r = Slant.pipeline().analyze(HtmlPages.article("harbour", PAGE));
        List<Finding> posts = posts(r);
        assertEquals(2, posts.size(), posts.toString());
        Attrs.Attribution tweet = (Attrs.Attribution) posts.get(0).attrs();
        assertEquals("Lena Hart", tweet.speaker());
        assertEquals(POST, tweet.content().text());
        assertEquals("post.dash-signature", posts.get(0).rule());
        Attrs.Attribution tiktok = (Attrs.Attribution) posts.get(1).attrs();
        assertEquals("@river.kitchen", tiktok.speaker());
        assertEquals("Three ways to cook leeks, none of them boring, all of them cheap.", tiktok.content().text());
        assertEquals("Lena Hart", ((TermAttrs) terminology(r, "regime").attrs()).speaker());
    }

    private static Finding onlyPost(ArticleResult r) {
        List<Finding> p = posts(r);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    private static List<Finding> posts(ArticleResult r) {
        return Analyse.attributions(r).stream()
                .filter(f -> EmbeddedPosts.PATTERN.equals(((Attrs.Attribution) f.attrs()).pattern())).toList();
    }

    private static Finding terminology(ArticleResult r, String word) {
        return r.findings().stream().filter(f -> f.extractor().equals("terminology") && f.text().equals(word))
                .findFirst().orElseThrow(() -> new AssertionError("no terminology finding '" + word + "'"));
    }
}
