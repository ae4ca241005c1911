package org.slant.model;

import java.util.List;

/**
 * What is known about an article besides its text.
 *
 * @param outlet        outlet name; {@code "unknown"} until decided, and {@code "unknown (file)"} for an
 *                      article whose outlet nothing told (its own outlet, never pooled with others)
 * @param outletKind    e.g. "national newspaper", "news agency"; null when unknown
 * @param outletSource  how the outlet was decided: manifest, input (a JSONL field), inferred or unknown
 * @param outletEvidence the clues that decided an inferred outlet (empty otherwise); before the metadata step, an
 *                      HTML page's head clues (start and end -1)
 * @param via           the site that republished the article, when it is not the outlet (mirrors)
 */
public record ArticleMeta(String outlet, String outletKind, OutletSource outletSource,
                          List<OutletEvidence> outletEvidence, String via, String url, String date, String title) {

    public static final String UNKNOWN_OUTLET = "unknown";

    public ArticleMeta {
        outlet = outlet == null || outlet.isBlank() ? UNKNOWN_OUTLET : outlet;
        outletSource = outletSource == null ? OutletSource.UNKNOWN : outletSource;
        outletEvidence = outletEvidence == null ? List.of() : List.copyOf(outletEvidence);
    }

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, OutletSource.UNKNOWN, List.of(), null, null, null, null);
    }

    public ArticleMeta withOutlet(String newOutlet, String kind, OutletSource source, List<OutletEvidence> evidence) {
        return new ArticleMeta(newOutlet, kind, source, evidence, via, url, date, title);
    }

    public ArticleMeta withTitle(String newTitle) {
        return new ArticleMeta(outlet, outletKind, outletSource, outletEvidence, via, url, date, newTitle);
    }
}
