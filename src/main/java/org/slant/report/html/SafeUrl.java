package org.slant.report.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The only external links the page makes: an article's own URL from the manifest, kept only when it is
 * a well-formed http(s) URL with a host. Anything else ({@code javascript:}, {@code data:}, relative
 * paths, text with spaces or quotes) is shown as plain text, never as a link.
 */
final class SafeUrl {

    private SafeUrl() {
    }

    /** The URL in ASCII form, or null when it may not be a link. */
    static String http(String s) {
        if (s == null || s.isEmpty() || s.length() > 2000) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return null;
            }
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null || u.getHost().isEmpty()
                    || u.getRawUserInfo() != null) {
                return null;
            }
            return u.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
