package org.slant.dev.eval.boilerplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Site-disjoint folds for cross-validating the block model on the WCXB pages. A page's site is the host of its
 * URL without "www." and cut to the registrable part (the last two labels, or three under a two-letter country
 * domain with a short second label such as {@code co.uk}), so that {@code health.example.edu} and
 * {@code www.example.edu} are one site; a page without a URL is a site of its own. Its fold is the CRC-32 of
 * the site's name modulo {@link #FOLDS}: written down here, independent of which other pages exist, the same
 * on every machine.
 */
public final class SiteFolds {

    public static final int FOLDS = 5;

    private SiteFolds() {
    }

    /** The site of a page with this URL (null or unparsable: the page id stands for its own site). */
    public static String site(String url, String pageId) {
        String host = null;
        if (url != null && !url.isBlank()) {
            try {
                host = URI.create(url.strip()).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
        }
        if (host == null || host.isBlank()) {
            return "page:" + pageId;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int keep = 2;
        int n = labels.length;
        if (n >= 3 && labels[n - 1].length() == 2 && labels[n - 2].length() <= 3) {
            keep = 3;
        }
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, n - keep); i < n; i++) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(labels[i]);
        }
        return b.toString();
    }

    /** The fold a site's pages are held out in, 0 to FOLDS - 1. */
    public static int fold(String site) {
        CRC32 crc = new CRC32();
        crc.update(site.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }
}
