package org.slant.extract.boilerplate;

import java.util.List;
import java.util.Locale;

/**
 * What a block is: the article itself ({@link #CONTENT}) or one of the eight kinds of boilerplate. The ids are
 * the {@code category} of findings and part of metric names, so they never change.
 */
public enum Category {
    CONTENT,
    /** Subscriptions, memberships, donations, referral drives, newsletters, app and product pitches, ads. */
    PROMO,
    /** Share, follow, repost, comment-elsewhere and translate prompts. */
    SHARE,
    /** Copyright, disclaimers, fair-use notices, licences, cookie and privacy notices, media-enquiry contacts. */
    LEGAL,
    /** Page furniture: menus, related or recent posts, categories, tags, region and theme headers, comment threads. */
    NAVIGATION,
    /** Image captions and photo credits. */
    CAPTION,
    /** Bylines, datelines, source and republication notes, author bios, separators. */
    META,
    /** Injected off-topic content: gambling, pharmacy, SEO links, text in another script or language. */
    SPAM,
    /** A block repeated within the same article (the later or the less complete copy). */
    DUPLICATE;

    /** The eight boilerplate categories, in the order metrics and tables list them. */
    public static final List<Category> BOILERPLATE = List.of(PROMO, SHARE, LEGAL, NAVIGATION, CAPTION, META, SPAM,
            DUPLICATE);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
