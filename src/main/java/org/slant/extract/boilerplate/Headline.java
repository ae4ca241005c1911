package org.slant.extract.boilerplate;

import java.util.List;

/** Finds the headline among an article's blocks. */
final class Headline {

    private Headline() {
    }

    /**
     * The headline is content: it is the outlet's own framing of the story, where loaded words matter most.
     * It is the first block among the first few that equals the title (or, in HTML, the first h1 that the title
     * starts with, as page titles add " | Site name"), provided the article's prose follows within a few blocks
     * (a title guessed from a page's first lines can be a menu item).
     */
    static int find(List<BlockText> texts, String title, boolean html) {
        String t = title == null ? "" : normalise(title);
        for (int i = 0; i < Math.min(texts.size(), html ? texts.size() : 6); i++) {
            BlockText b = texts.get(i);
            if (b.words() < 2 || b.words() > 40 || !proseFollows(texts, i)) {
                continue;
            }
            String s = normalise(b.text());
            if (!t.isEmpty() && (s.equals(t) || (s.length() >= 15 && t.startsWith(s)) || (t.length() >= 15 && s.startsWith(t)))) {
                return i;
            }
        }
        if (html) {
            for (int i = 0; i < texts.size(); i++) {
                BlockText b = texts.get(i);
                if (b.markup() != null && b.markup().tag().equals("h1") && b.words() >= 2 && b.linkDensity() < 0.5
                        && proseFollows(texts, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * True when a block of prose comes within the twelve blocks after block i: fifteen words or more, or, for a
     * short text (a brief, a wire snippet), a sentence of six words or more that ends as sentences do; a menu
     * or a list of links rarely does.
     */
    private static boolean proseFollows(List<BlockText> texts, int i) {
        for (int j = i + 1; j <= Math.min(texts.size() - 1, i + 12); j++) {
            BlockText b = texts.get(j);
            if (MarkupTree.prose(b) && (b.words() >= 15 || b.words() >= 6 && endsAsSentence(b.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'\u201d\u2019)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
