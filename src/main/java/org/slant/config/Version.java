package org.slant.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {

    private static final Properties BUILD = load();
    private static final String VERSION = BUILD.getProperty("version", "dev");

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /** The project's home page as the build recorded it ({@code slant.url}), or null when it has none. */
    public static String url() {
        String u = BUILD.getProperty("url", "").trim();
        return u.startsWith("https://") || u.startsWith("http://") ? u : null;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/slant-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no build information: version "dev", no home page
        }
        return p;
    }
}
