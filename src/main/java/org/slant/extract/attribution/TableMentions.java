package org.slant.extract.attribution;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the actor table's people in a text: runs of capitalised words (with name particles such as "von"
 * or "de", initials and hyphens inside) that the lexicon did not match, looked up leftmost-longest as full
 * names of two words or more. A later bare surname, as the last word of its run, is that person only when
 * one full name of the article so far ends in it: the table never resolves a surname alone. Linear: from each position the key grows
 * only while some name of the table starts with it, so never past the table's longest name.
 */
final class TableMentions {

    /** Lower-case words that may stand inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
    private static final Set<String> PARTICLES = org.slant.lexicon.WordSet.of("von", "van", "der", "den", "de", "del", "della", "di", "da",
            "dos", "das", "du", "la", "le", "bin", "al", "el", "ter", "ten");
    static final String ENTRY = "actors.table";
    /** The mark of a surname two full names of the article share. */
    private static final ActorTerm NEITHER = new ActorTerm(ENTRY, ActorTerm.Type.PERSON, Source.UNKNOWN, "", null,
            "named", Set.of(), true, null);

    private TableMentions() {
    }

    static List<PhraseIndex.Match<ActorTerm>> add(List<PhraseIndex.Match<ActorTerm>> found, List<Token> tokens,
                                                  CharSequence text, ActorTable table,
                                                  Function<ActorTable.Person, String> side,
                                                  Function<ActorTable.Person, String> home) {
        if (table.size() == 0) {
            return found;
        }
        int n = tokens.size();
        boolean[] covered = new boolean[n];
        for (PhraseIndex.Match<ActorTerm> m : found) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                covered[i] = true;
            }
        }
        List<PhraseIndex.Match<ActorTerm>> added = new ArrayList<>();
        Map<String, ActorTerm> surnames = new HashMap<>();
        Map<String, String> homes = new HashMap<>(); // a full name's country side, for Namesakes
        int i = 0;
        while (i < n) {
            if (covered[i] || !capitalised(tokens.get(i), text)) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < n && !covered[runEnd] && inName(tokens, text, runEnd)) {
                runEnd++;
            }
            int p = i;
            while (p < runEnd) {
                PhraseIndex.Match<ActorTerm> m = capitalised(tokens.get(p), text)
                        ? longest(tokens, text, p, runEnd, table, side, home, homes) : null;
                if (m != null) {
                    added.add(m);
                    remember(surnames, m.payload(), tokens.get(m.endToken() - 1).norm());
                    p = m.endToken();
                    continue;
                }
                ActorTerm s = tokens.get(p).type() == Token.Type.WORD ? surnames.get(tokens.get(p).norm()) : null;
                // the surname ends its run of capitalised words: "Senator Justice", never "Justice Department"
                if (s != null && s != NEITHER && p == runEnd - 1 && capitalised(tokens.get(p), text)
                        && !(runEnd < n && capitalised(tokens.get(runEnd), text))) {
                    added.add(new PhraseIndex.Match<>(p, p + 1, s));
                }
                p++;
            }
            i = runEnd;
        }
        if (added.isEmpty()) {
            return found;
        }
        added = Namesakes.confirm(added, found, tokens, homes);
        List<PhraseIndex.Match<ActorTerm>> all = new ArrayList<>(found);
        all.addAll(added);
        all.sort(Comparator.comparingInt(PhraseIndex.Match::firstToken));
        return all;
    }

    /**
     * The longest full name starting at {@code p} and ending on a capitalised word before {@code limit}: the
     * key grows a word at a time and stops as soon as no name of the table starts with it.
     */
    private static PhraseIndex.Match<ActorTerm> longest(List<Token> tokens, CharSequence text, int p, int limit,
                                                        ActorTable table, Function<ActorTable.Person, String> side,
                                                        Function<ActorTable.Person, String> home,
                                                        Map<String, String> homes) {
        // the key's String.hashCode, grown a word at a time: the key itself is made only to be looked up
        int hash = 0;
        int words = 0;
        ActorTable.Person best = null;
        int bestEnd = -1;
        for (int e = p; e < limit; e++) {
            Token t = tokens.get(e);
            if (t.type() != Token.Type.WORD) {
                continue;
            }
            if (words++ > 0) {
                hash = 31 * hash + ' ';
            }
            String norm = t.norm();
            for (int c = 0; c < norm.length(); c++) {
                hash = 31 * hash + norm.charAt(c);
            }
            if (!table.anyStartingWith(hash, words)) {
                break;
            }
            ActorTable.Person person = words >= 2 && capitalised(t, text)
                    ? table.find(ActorTable.key(tokens, p, e + 1)) : null;
            if (person != null) {
                best = person;
                bestEnd = e + 1;
            }
        }
        if (best == null) {
            return null;
        }
        String canonical = text.subSequence(tokens.get(p).start(), tokens.get(bestEnd - 1).end()).toString();
        String first = text.subSequence(tokens.get(p).start(), tokens.get(p).end()).toString();
        homes.put(canonical.toLowerCase(java.util.Locale.ROOT), home.apply(best));
        return new PhraseIndex.Match<>(p, bestEnd, new ActorTerm(ENTRY, ActorTerm.Type.PERSON, side.apply(best),
                canonical, null, "named", Set.of(), false, first));
    }

    /** Two full names of the article ending in the same surname: the surname alone is neither. */
    private static void remember(Map<String, ActorTerm> surnames, ActorTerm full, String surname) {
        ActorTerm before = surnames.get(surname);
        ActorTerm bare = new ActorTerm(ENTRY, ActorTerm.Type.PERSON, full.actor(), full.canonical(), null, "named",
                Set.of(), true, full.firstName());
        if (before == null) {
            surnames.put(surname, bare);
        } else if (before != NEITHER && !before.canonical().equals(full.canonical())) {
            surnames.put(surname, NEITHER);
        }
    }

    private static boolean capitalised(Token t, CharSequence text) {
        if (t.type() != Token.Type.WORD) {
            return false;
        }
        // ASCII first: one char read, without the code point read and the property look-up (calls under C1)
        char c = text.charAt(t.start());
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(Character.codePointAt(text, t.start()));
    }

    /** Token k continues the name run of the token before it: one space, a hyphen or an initial's dot apart. */
    private static boolean inName(List<Token> tokens, CharSequence text, int k) {
        Token prev = tokens.get(k - 1);
        Token t = tokens.get(k);
        int gap = t.start() - prev.end();
        boolean joined = gap == 0 || gap == 1 && (text.charAt(prev.end()) == ' ' || text.charAt(prev.end()) == '-');
        if (!joined) {
            return false;
        }
        if (t.type() == Token.Type.WORD) {
            return capitalised(t, text) || t.glued() || PARTICLES.contains(t.norm());
        }
        // "Jon M. Huntsman": the dot after a one-letter initial
        return t.end() - t.start() == 1 && text.charAt(t.start()) == '.' && prev.end() - prev.start() == 1
                && capitalised(prev, text);
    }
}
