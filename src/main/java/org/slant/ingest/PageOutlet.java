package org.slant.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slant.model.OutletEvidence;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page's {@code <head>} says about who published it: {@code og:site_name}, the JSON-LD
 * {@code publisher.name}, and the host of the canonical link or {@code og:url}. Pages carry these for
 * search engines and link previews, so they name the site far more reliably than words in its text
 * (the text inference named pages after their menus: "Console", "Policy"). A clue from the head has no
 * place in the article's text: its evidence has start and end -1 and the clue's own words as text.
 */
public final class PageOutlet {

    public static final String SITE_NAME = "og_site_name";
    public static final String PUBLISHER = "jsonld_publisher";
    public static final String HOST = "canonical_host";

    /** A site name longer than this is not a name (and is not kept). */
    private static final int MAX_NAME = 120;
    /** JSON-LD nesting looked through for a publisher: real pages nest two or three levels. */
    private static final int MAX_DEPTH = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Between the parts of a title or site name: "A | B", "A - B", "A: B", "A · B". */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\s[|\\-–—:·•]\\s|\\s[|·•]|[|·•]\\s");

    private PageOutlet() {
    }

    /**
     * The page's outlet clues, most telling first: site name, publisher, host. Every page read pays for this,
     * so the head's few elements are looked through once (a selector walks the whole page, and four of them
     * cost a fifth of jsoup's parse), and the JSON-LD, which may sit anywhere, only when the site name is
     * missing or disagrees with the host.
     */
    public static List<OutletEvidence> clues(Document doc) {
        return clues(doc, null);
    }

    /**
     * As {@link #clues(Document)}, with the JSON-LD scripts of the page's body already found (null: look
     * for them).
     */
    static List<OutletEvidence> clues(Document doc, List<Element> bodyJsonLd) {
        Element site = null;
        Element canonical = null;
        Element ogUrl = null;
        List<Element> scripts = new ArrayList<>();
        for (Element e : doc.head().getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
                scripts.add(e);
            } else if (tag.equals("meta")) {
                String p = e.hasAttr("property") ? e.attr("property") : e.attr("name");
                if (site == null && p.equals("og:site_name")) {
                    site = e;
                } else if (ogUrl == null && p.equals("og:url")) {
                    ogUrl = e;
                }
            } else if (tag.equals("link") && canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                canonical = e;
            }
        }
        if (site == null && canonical == null && ogUrl == null) {
            // a page whose markup put them in the body (a stray element closes the head early)
            site = doc.selectFirst("meta[property=og:site_name], meta[name=og:site_name]");
            canonical = doc.selectFirst("link[rel=canonical]");
            ogUrl = doc.selectFirst("meta[property=og:url]");
        }
        String host = host(canonical, ogUrl);
        String siteName = site == null ? null : site.attr("content");
        String label = host == null ? null : OutletRegistry.key(OutletNames.siteLabel(host));
        boolean agrees = siteName != null && label != null && partNamed(siteName, label) != null;
        List<OutletEvidence> out = new ArrayList<>();
        if (siteName != null) {
            add(out, SITE_NAME, siteName, siteName);
        }
        String publisher = null;
        if (!agrees) {
            if (bodyJsonLd == null) {
                scripts = doc.select("script[type=application/ld+json]");
            } else {
                scripts.addAll(bodyJsonLd);
            }
            publisher = publisher(scripts);
        }
        if (publisher != null) {
            add(out, PUBLISHER, publisher, publisher);
        }
        if (host != null) {
            add(out, HOST, spell(host, doc.title()), host);
        }
        return out;
    }

    private static void add(List<OutletEvidence> out, String kind, String name, String text) {
        String n = name == null ? "" : OutletNames.SPACES.matcher(name).replaceAll(" ").strip();
        if (!n.isEmpty() && n.length() <= MAX_NAME && !OutletNames.clean(n).isEmpty()) {
            out.add(new OutletEvidence(kind, n, -1, -1, text.strip()));
        }
    }

    /** The host of the canonical link, else of og:url (absolute http(s) addresses only), without "www.". */
    static String host(Element canonical, Element ogUrl) {
        for (Element e : new Element[]{canonical, ogUrl}) {
            if (e == null) {
                continue;
            }
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
            try {
                URI u = new URI(url.strip());
                String h = u.getHost();
                if (h != null && u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
                        && h.indexOf('.') > 0) {
                    h = h.toLowerCase(Locale.ROOT);
                    return h.startsWith("www.") ? h.substring(4) : h;
                }
            } catch (java.net.URISyntaxException ignored) {
                // not an address: the next clue, or none
            }
        }
        return null;
    }

    /**
     * The site's name as its title writes it when a part of the title ("... | Accruent", "... - Fastarz")
     * is the host's site label in other spelling; else the host itself.
     */
    static String spell(String host, String title) {
        String named = partNamed(title, OutletRegistry.key(OutletNames.siteLabel(host)));
        return named != null ? named : host;
    }

    /** The part of a title or name ("A | B", "A - B") whose key is {@code key}, or null. */
    static String partNamed(String text, String key) {
        if (text == null || key.isEmpty()) {
            return null;
        }
        for (String part : PARTS.split(text)) {
            if (part.length() <= MAX_NAME && OutletNames.key(part).equals(key)) {
                return part.strip();
            }
        }
        return null;
    }

    /** The name of the first JSON-LD publisher with one (a publisher given by "@id" is looked up in the page's graph). */
    static String publisher(List<Element> scripts) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element s : scripts) {
            try {
                roots.add(JSON.readTree(s.data()));
            } catch (JsonProcessingException e) {
                // a malformed block is common on real pages; the other blocks may still say it
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        List<JsonNode> publishers = new ArrayList<>();
        for (JsonNode r : roots) {
            walk(r, 0, byId, publishers);
        }
        for (JsonNode p : publishers) {
            JsonNode one = p.isArray() && !p.isEmpty() ? p.get(0) : p;
            String name = name(one);
            if (name == null && one.path("@id").isTextual()) {
                name = name(byId.get(one.path("@id").asText()));
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText().isBlank() ? null : n.asText();
        }
        JsonNode name = n.path("name");
        return name.isTextual() && !name.asText().isBlank() ? name.asText() : null;
    }

    private static void walk(JsonNode n, int depth, Map<String, JsonNode> byId, List<JsonNode> publishers) {
        if (n == null || depth > MAX_DEPTH) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> walk(c, depth + 1, byId, publishers));
        } else if (n.isObject()) {
            if (n.path("@id").isTextual() && n.has("name")) {
                byId.putIfAbsent(n.path("@id").asText(), n);
            }
            if (n.has("publisher")) {
                publishers.add(n.get("publisher"));
            }
            n.fields().forEachRemaining(f -> walk(f.getValue(), depth + 1, byId, publishers));
        }
    }
}
