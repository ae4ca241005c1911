package org.slant.check;

import com.google.re2j.Pattern;

/**
 * A path glob as in {@code .gitignore}: {@code *} matches within one path part, {@code **} across parts
 * ({@code news/**}{@code /*.md} matches {@code news/a.md} and {@code news/2024/a.md}), {@code ?} one
 * character, {@code {md,html}} one of the alternatives. A glob without a {@code /} matches the file name
 * in any folder. Paths are compared with {@code /} separators and without a leading {@code ./}. Globs come
 * from user files, so they run on RE2/J.
 */
public final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** Compiles a glob; throws IllegalArgumentException with a reason when it is malformed. */
    public static Glob of(String glob) {
        String g = normalize(glob);
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        } else if (!g.contains("/")) {
            g = "**/" + g;
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        return new Glob(glob, Pattern.compile(toRegex(g)));
    }

    public boolean matches(String path) {
        return pattern.matches(normalize(path));
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    private static String toRegex(String g) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (!dbl) {
                    re.append("[^/]*");
                    continue;
                }
                boolean atPartStart = i == 0 || g.charAt(i - 1) == '/';
                i++;
                if (atPartStart && i + 1 < g.length() && g.charAt(i + 1) == '/') {
                    re.append("(?:.*/)?"); // "**/": zero or more folders
                    i++;
                } else {
                    re.append(".*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("unclosed '{' in glob");
        }
        return re.toString();
    }
}
