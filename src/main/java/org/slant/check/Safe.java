package org.slant.check;

/** Neutralises article text for line-oriented outputs (text, GitHub commands). */
final class Safe {

    private Safe() {
    }

    /**
     * One line of printable text: white space runs become one space, and control characters and the
     * bidirectional overrides that can make a terminal or a web page show something else than what is
     * there ("Trojan Source") are written as {@code \\uXXXX}.
     */
    static String line(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space && b.length() > 0) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            if (dangerous(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    static boolean dangerous(char c) {
        return org.slant.text.OneLine.dangerous(c);
    }
}
