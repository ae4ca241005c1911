package org.slant.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One outlet, one name: the forms a page or a text writes an outlet's name in ("Infowars.com", "www.infowars.com",
 * "Paul Joseph Watson at Infowars", "Copyright Cuboh Software Incorporated", "Splashtop Inc.") brought to the
 * one name the outlet goes by, so that articles of one outlet are compared as one. Articles are grouped by
 * the exact name, so the form chosen must not depend on which clue happened to name it: a known outlet
 * takes the registry's name; otherwise the clue's words lose the parts that are never the name.
 */
public final class OutletNames {

    /** Top-level and second-level domain labels taken off a name written as a domain. */
    private static final Set<String> SUFFIX_LABELS = Set.of("com", "org", "net", "co", "uk", "gov", "edu", "ac",
            "info", "io", "news", "us", "ca", "au", "de", "fr", "ru", "in", "ie", "nz", "eu", "tv", "me", "biz", "ai",
            "app", "events", "mo");
    /** Second-level labels under a country's domain: "co.uk", "com.au", "mo.gov". */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "ne", "or",
            "go", "gob", "mo", "nic");
    /** Hosts of many sites, each under its own label: the label before them names the site. */
    private static final Set<String> HOSTED = Set.of("substack", "blogspot", "wordpress", "medium", "tumblr", "github",
            "ghost", "wixsite", "squarespace", "typepad", "livejournal", "beehiiv", "netlify", "vercel");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:(?:19|20)\\d\\d\\s*)?");
    private static final Pattern COMPANY = Pattern.compile(
            "(?i)[,\\s]+(?:inc|incorporated|llc|ltd|limited|plc|corp|corporation|gmbh)\\.?$");
    /**
     * "Paul Joseph Watson at Infowars": a person's name (two to four capitalised words), "at", the outlet. One
     * word before "at" is a name of its own ("Love at First Bite").
     */
    private static final Pattern AT_OUTLET = Pattern.compile("^\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3}\\s+at\\s+(\\p{Lu}.*)$");
    private static final Pattern DOMAIN_LIKE = Pattern.compile("(?i)^[\\p{L}\\p{N} &'’\\-]+(?:\\.[a-z]{2,6}){1,2}$");

    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,:;|\\-–—]+$");

    /** Longer than this, a "name" is left as it is: no outlet's name is this long. */
    static final int MAX_CLEANED = 200;

    private OutletNames() {
    }

    /** The name as the outlet goes by it: the registry's name when it knows the outlet, else {@link #clean}. */
    public static String normalise(String name, OutletRegistry registry) {
        String c = clean(name);
        if (c.isEmpty()) {
            return c;
        }
        return registry.byName(c).map(Outlet::name).orElse(c);
    }

    /**
     * The name without a leading "www." or copyright sign, a trailing domain suffix (".com", ".co.uk") or
     * company form ("Inc.", "LLC"), the person before "at", and with white space collapsed.
     */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        String n = SPACES.matcher(name).replaceAll(" ").strip();
        if (n.length() > MAX_CLEANED) {
            return n; // not a name; and the patterns below stay on short strings (a page's title is untrusted)
        }
        n = COPYRIGHT.matcher(n).replaceFirst("").strip();
        java.util.regex.Matcher at = AT_OUTLET.matcher(n);
        if (at.matches()) {
            n = at.group(1);
        }
        if (n.regionMatches(true, 0, "www.", 0, 4)) {
            n = n.substring(4);
        }
        n = withoutSuffix(n);
        for (String before = ""; !before.equals(n); ) {
            before = n;
            n = COMPANY.matcher(n).replaceFirst("").strip();
        }
        return TRAILING.matcher(n).replaceAll("").strip();
    }

    /** "Infowars.com" gives "Infowars", "Prison Planet.com" "Prison Planet", "bbc.co.uk" "bbc"; other names stay. */
    private static String withoutSuffix(String n) {
        if (!DOMAIN_LIKE.matcher(n).matches()) {
            return n;
        }
        String out = n;
        for (int i = 0; i < 2; i++) {
            int dot = out.lastIndexOf('.');
            if (dot <= 0 || !SUFFIX_LABELS.contains(out.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                break;
            }
            out = out.substring(0, dot);
        }
        return out;
    }

    /**
     * The label that names the site in a host: "health.clevelandclinic.org" gives "clevelandclinic",
     * "journeytocollege.mo.gov" "journeytocollege", "www.bbc.co.uk" "bbc", "blog.ravven.dev" "ravven"; on a
     * host of many publications the publication's own label: "aimaker.substack.com" gives "aimaker" (not
     * "substack", which would pool every newsletter there into one outlet).
     */
    public static String siteLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int last = labels.length - 2; // the top-level domain is never the name
        if (last > 0 && SECOND_LEVEL.contains(labels[last])) {
            last--;
        }
        if (last < 0) {
            return labels[0];
        }
        if (last > 0 && HOSTED.contains(labels[last]) && !labels[last - 1].equals("www")) {
            last--;
        }
        return labels[last];
    }

    /** The name's comparison key: case, "the", spacing and punctuation ignored, and a domain suffix. */
    public static String key(String name) {
        return OutletRegistry.key(clean(name));
    }
}
