package org.slant.ingest;

import java.util.Locale;
import java.util.Map;

/** File extensions Slant reads, and the reader each one goes to. */
public final class Formats {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "txt", "txt", "text", "txt",
            "md", "md", "markdown", "md",
            "html", "html", "htm", "html", "xhtml", "html",
            "jsonl", "jsonl", "ndjson", "jsonl");

    private Formats() {
    }

    /** The format of a file name, or null when Slant does not read it. */
    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static String stem(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    public static String described() {
        return ".txt, .md, .html, .htm, .jsonl";
    }
}
