package org.slant.report.html;

import org.slant.text.English;

/** Text from the analysis made fit for one line of the page: whitespace collapsed, long text clipped. */
final class Clip {

    static final int MAX_TEXT = 300;

    private Clip() {
    }

    static String line(String s) {
        return English.clip(s.replaceAll("\\s+", " ").strip(), MAX_TEXT);
    }
}
