package org.slant.ingest;

import org.slant.model.ArticleMeta;
import org.slant.model.OutletEvidence;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How an article's outlet was decided, in words that follow "outlet from": "manifest", "the page's
 * og:site_name (inferred)".
 */
public final class OutletHow {

    private static final Map<String, String> CLUES = Map.ofEntries(
            Map.entry(PageOutlet.SITE_NAME, "the page's og:site_name"),
            Map.entry(PageOutlet.PUBLISHER, "the page's JSON-LD publisher"),
            Map.entry(PageOutlet.HOST, "the host of the page's canonical address"),
            Map.entry("original_url", "an \"Original url\" line"),
            Map.entry("original_source", "an \"original source of this article\" line"),
            Map.entry("self_mention", "the outlet naming itself (\"X understands\")"),
            Map.entry("promo", "the outlet's own promotion lines"),
            Map.entry("dateline", "a dateline"),
            Map.entry("told", "\"told\" an agency or outlet"),
            Map.entry("byline", "a byline"),
            Map.entry("copyright", "a copyright line"),
            Map.entry("published_by", "a \"Published by\" line"),
            Map.entry("domain", "web addresses in the text"));

    private OutletHow() {
    }

    /** "manifest", "input", "a, b (inferred)", or "nowhere: ... (unknown)". */
    public static String of(ArticleMeta m) {
        return switch (m.outletSource()) {
            case MANIFEST -> "manifest";
            case INPUT -> "input";
            case UNKNOWN -> "nowhere: no manifest entry, and neither the page nor the text names it (unknown)";
            case INFERRED -> {
                Set<String> how = new LinkedHashSet<>();
                for (OutletEvidence e : m.outletEvidence()) {
                    how.add(CLUES.getOrDefault(e.kind(), e.kind()));
                }
                yield how.isEmpty() ? "inferred" : String.join(", ", how) + " (inferred)";
            }
        };
    }
}
