package org.slant.extract.boilerplate;

import org.slant.model.FindingCategory;

import java.util.List;
import java.util.Locale;

/**
 * What a block is: the article itself ({@link #CONTENT}) or one of the eight kinds of boilerplate. The ids are
 * the {@code category} of findings and part of metric names, so they never change. Each is declared here
 * once, with its names for the report and the worksheets.
 */
public enum Category implements FindingCategory {
    CONTENT("The article itself (no finding)", "the article"),
    /** Subscriptions, memberships, donations, referral drives, newsletters, app and product pitches, ads. */
    PROMO("Promotion (subscribe, donate, newsletter)", "promotion: subscribe, donate, newsletter, advertising"),
    /** Share, follow, repost, comment-elsewhere and translate prompts. */
    SHARE("Share or follow prompt", "share or follow prompt"),
    /** Copyright, disclaimers, fair-use notices, licences, cookie and privacy notices, media-enquiry contacts. */
    LEGAL("Copyright or disclaimer", "copyright notice or disclaimer"),
    /** Page furniture: menus, related or recent posts, categories, tags, region and theme headers, comment threads. */
    NAVIGATION("Navigation or related links", "navigation, menu or related links"),
    /** Image captions and photo credits. */
    CAPTION("Image caption or photo credit", "image caption or photo credit"),
    /** Bylines, datelines, source and republication notes, author bios, separators. */
    META("Byline or metadata line", "byline, date or other metadata line"),
    /** Injected off-topic content: gambling, pharmacy, SEO links, text in another script or language. */
    SPAM("Injected spam", "injected spam"),
    /** A block repeated within the same article (the later or the less complete copy). */
    DUPLICATE("Block repeated in the article", "block repeated elsewhere on the page");

    private final Names names;

    Category(String title, String phrase) {
        this.names = new Names(title, phrase);
    }

    @Override
    public Names names() {
        return names;
    }

    /** The eight boilerplate categories, in the order metrics and tables list them. */
    public static final List<Category> BOILERPLATE = List.of(PROMO, SHARE, LEGAL, NAVIGATION, CAPTION, META, SPAM,
            DUPLICATE);

    @Override
    public String extractor() {
        return BoilerplateExtractor.ID;
    }



    /** The id, made once: it is asked for every block of every article (issue 21). */
    private final String id = name().toLowerCase(Locale.ROOT);

    @Override
    public String id() {
        return id;
    }

    public boolean isContent() {
        return this == CONTENT;
    }

    /** The category with this id, or null. */
    public static Category of(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
