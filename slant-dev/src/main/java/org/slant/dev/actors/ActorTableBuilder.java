package org.slant.dev.actors;

import org.slant.extract.attribution.ActorTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the general actor table ({@link ActorTable}) from {@code people.tsv} of the shared actors data:
 * every Latin-script name and alias of two words or more, as its table key, with the person's country and
 * US party. A key that the data give to people of two countries is refused (left out and counted): a full
 * name alone cannot say which of them speaks. Inside one country, people of different US parties keep the
 * country and lose the party. Names in other scripts are left out because news in English writes them in
 * Latin letters, which the data give as aliases where they have them.
 */
public final class ActorTableBuilder {

    /** What one build kept and left out, for the provenance lines and the command's summary. */
    public record Outcome(Map<String, ActorTable.Person> table, int people, int names, int nonLatin, int oneWord,
                          List<String> ambiguous, Map<String, Integer> sources,
                          Set<String> commits) {
    }

    private ActorTableBuilder() {
    }

    public static Outcome build(BufferedReader tsv) throws IOException {
        String header = tsv.readLine();
        if (header == null || !header.startsWith("name\taliases\tcountry\tparty")) {
            throw new IOException("not the actors people.tsv (header: " + header + ")");
        }
        Map<String, Set<String>> countries = new TreeMap<>();
        Map<String, Set<String>> parties = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        Set<String> commits = new TreeSet<>();
        int people = 0;
        int names = 0;
        int nonLatin = 0;
        int oneWord = 0;
        for (String line = tsv.readLine(); line != null; line = tsv.readLine()) {
            String[] f = line.split("\t", -1);
            if (f.length < 9) {
                throw new IOException("people.tsv line " + (people + 2) + ": " + f.length + " columns, expected 9");
            }
            people++;
            String source = f[8];
            int at = source.indexOf(':');
            String commit = at < 0 ? source : source.substring(0, at);
            int repo = commit.indexOf('@');
            sources.merge(repo < 0 ? commit : commit.substring(0, repo), 1, Integer::sum);
            commits.add(commit);
            String country = f[2];
            String party = "US".equals(country) ? party(f[3]) : "";
            List<String> all = new ArrayList<>();
            all.add(f[0]);
            for (String a : f[1].split("\\|")) {
                if (!a.isBlank()) {
                    all.add(a);
                }
            }
            for (String name : new TreeSet<>(all)) {
                names++;
                if (!latin(name)) {
                    nonLatin++;
                    continue;
                }
                String key = ActorTable.key(name);
                if (key.indexOf(' ') < 0) {
                    oneWord++;
                    continue;
                }
                countries.computeIfAbsent(key, k -> new TreeSet<>()).add(country);
                parties.computeIfAbsent(key, k -> new TreeSet<>()).add(party);
            }
        }
        Map<String, ActorTable.Person> table = new TreeMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : countries.entrySet()) {
            if (e.getValue().size() > 1) {
                ambiguous.add(e.getKey() + " (" + String.join(", ", e.getValue()) + ")");
                continue;
            }
            Set<String> p = parties.get(e.getKey());
            table.put(e.getKey(), new ActorTable.Person(e.getValue().iterator().next(),
                    p.size() == 1 ? p.iterator().next() : ""));
        }
        return new Outcome(table, people, names, nonLatin, oneWord, ambiguous, sources, commits);
    }

    /**
     * The US party of the last term: Republican or Democrat; any other (Independent, caucusing or not,
     * Libertarian, Popular Democrat) is no party here, since the project's sides are the two parties.
     */
    static String party(String p) {
        return switch (p) {
            case "Republican" -> "R";
            case "Democrat" -> "D";
            default -> "";
        };
    }

    /** Every letter is a Latin-script letter. */
    static boolean latin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                letter = true;
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            }
            i += Character.charCount(cp);
        }
        return letter;
    }
}
