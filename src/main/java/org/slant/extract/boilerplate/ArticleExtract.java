package org.slant.extract.boilerplate;

import org.slant.model.Article;

/**
 * What {@code slant extract} prints: the article's title, byline and date when found, then its body (the content
 * blocks, headline left out since the title is printed above it).
 *
 * @param title  the page's or the text's title (og:title, the title element, a first h1, a headline guess), or null
 * @param byline the first block that a byline rule labelled ("By Jane Doe"), or null
 * @param date   the first block that a date rule labelled ("April 3, 2024"), or null
 */
public record ArticleExtract(String title, String byline, String date, String body) {

    public static ArticleExtract of(Article a, BoilerplateExtractor extractor) {
        CleanText ct = CleanText.of(a, extractor);
        Classification c = ct.classification();
        String byline = null;
        String date = null;
        for (int i = 0; i < c.size(); i++) {
            Rule r = extractor.classifier().rules().byId(c.decisions().get(i).rule());
            if (r == null || r.role() == null) {
                continue;
            }
            String text = c.texts().get(i).text().replaceAll("\\s+", " ").strip();
            if (r.role().equals("byline") && byline == null) {
                byline = text;
            } else if (r.role().equals("date") && date == null) {
                date = text;
            }
        }
        String title = a.meta().title();
        if (title == null && c.titleBlock() >= 0) {
            title = c.texts().get(c.titleBlock()).text();
        }
        return new ArticleExtract(title, byline, date, ct.body());
    }

    /** Title, byline and date on their own lines, a blank line, then the body. */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (String s : new String[]{title, byline, date}) {
            if (s != null && !s.isBlank()) {
                b.append(s.strip()).append('\n');
            }
        }
        if (b.length() > 0) {
            b.append('\n');
        }
        b.append(body.isEmpty() ? "(no article text: every block is boilerplate)" : body).append('\n');
        return b.toString();
    }
}
