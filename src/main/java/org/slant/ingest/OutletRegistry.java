package org.slant.ingest;

import org.slant.lexicon.PhraseIndex;
import org.slant.text.Token;
import org.slant.text.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known outlets by alias and web domain. Used to name the outlet behind a clue ("Original url:" domains,
 * "told AFP") and by attribution to recognise other media as sources.
 */
public final class OutletRegistry {

    private final List<Outlet> outlets;
    private final PhraseIndex<Outlet> aliases;
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Map<String, Outlet> byKey = new HashMap<>();

    public OutletRegistry(List<Outlet> outlets, PhraseIndex<Outlet> aliases) {
        this.outlets = List.copyOf(outlets);
        this.aliases = aliases;
        for (Outlet o : outlets) {
            for (String d : o.domains()) {
                byDomain.put(d.toLowerCase(Locale.ROOT), o);
            }
            byKey.put(key(o.name()), o);
            for (String a : o.aliases()) {
                byKey.put(key(a), o);
            }
        }
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    /** The outlet a host name belongs to (www.telegraph.co.uk, telegraph.co.uk, amp.telegraph.co.uk). */
    public Optional<Outlet> byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            Outlet o = byDomain.get(h);
            if (o != null) {
                return Optional.of(o);
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /** The outlet a name refers to, when the whole name is one of its aliases (case and "the" ignored). */
    public Optional<Outlet> byName(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** Outlet mentions in tokenised text, leftmost-longest. */
    public List<PhraseIndex.Match<Outlet>> mentions(List<Token> tokens, CharSequence text) {
        return aliases.findLongest(tokens, text);
    }

    /** Comparison key for names: lower case, no leading "the", letters and digits only. */
    public static String key(String name) {
        String n = Tokenizer.norm(name, 0, name.length()).strip();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
