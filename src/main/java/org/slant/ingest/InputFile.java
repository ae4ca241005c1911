package org.slant.ingest;

import java.nio.file.Path;

/**
 * One input file to read.
 *
 * @param display  the path as the user should see it (as given on the command line, '/' separators)
 * @param format   txt, md, html or jsonl
 * @param manifest the manifest that describes it (given with --manifest, or found in its folder); may be null
 */
public record InputFile(Path path, String display, String format, Manifest manifest) {
}
