package org.slant.dev.actors;

import org.slant.extract.attribution.ActorTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code slant train actors}: builds the general actor table shipped in the core from the shared actors
 * data. No clock, no randomness: the same {@code people.tsv} gives the same bytes.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Builds the general actor table (full names -> country, US party) from the shared actors "
                + "data (people.tsv) and writes " + ActorsTrainCommand.DEFAULT_OUT + ".")
public final class ActorsTrainCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "src/main/resources" + ActorTable.RESOURCE;
    static final String SIGNATURE = "Slant actor table v1";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder of the shared data, holding actors/people.tsv (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "Where to write the table (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path tsv = data.resolve("actors/people.tsv");
        if (!Files.isRegularFile(tsv)) {
            err.println("slant train actors: no actors data at " + tsv.toString().replace('\\', '/'));
            err.flush();
            return 2;
        }
        if (Files.exists(out) && !isOurs(out)) {
            err.println("slant train actors: " + out + " exists and is not a Slant actor table; not overwriting it");
            err.flush();
            return 2;
        }
        byte[] bytes = Files.readAllBytes(tsv);
        ActorTableBuilder.Outcome o;
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            o = ActorTableBuilder.build(r);
        }
        StringBuilder b = new StringBuilder();
        for (String h : header(o, sha256(bytes))) {
            b.append("# ").append(h).append('\n');
        }
        for (Map.Entry<String, ActorTable.Person> e : o.table().entrySet()) {
            b.append(e.getKey()).append('\t').append(e.getValue().country()).append('\t')
                    .append(e.getValue().party()).append('\n');
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, b, StandardCharsets.UTF_8);
        PrintWriter w = spec.commandLine().getOut();
        w.println(o.people() + " people, " + o.names() + " names: " + o.table().size() + " keys kept, "
                + o.ambiguous().size() + " ambiguous, " + o.nonLatin() + " not in Latin script, " + o.oneWord()
                + " of one word");
        w.println("wrote " + out.toString().replace('\\', '/'));
        w.flush();
        return 0;
    }

    static List<String> header(ActorTableBuilder.Outcome o, String sha) {
        List<String> h = new ArrayList<>();
        h.add(SIGNATURE + ": full name (table key: word forms in lower case without accents) TAB country "
                + "(ISO 3166-1 alpha-2) TAB US party (R, D or empty).");
        h.add("Written by: slant train actors (" + ActorsTrainCommand.class.getSimpleName() + "), deterministic, "
                + "from ../shared/data/actors/people.tsv, sha256 " + sha + ".");
        h.add("That file's sources (see its README for licences, limits and full commit ids), rows per source: "
                + String.join(", ", o.sources().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                + "; from " + o.commits().size() + " source commits (congress-legislators: the version of "
                + "legislators-current.yaml that last listed each member).");
        h.add("Data dates: congress-legislators 2026-06-15; everypolitician-data snapshot 2015-11-30 (legislators only: "
                + "no ministers, heads of state or spokespeople outside the US).");
        h.add("People: " + o.people() + "; names and aliases: " + o.names() + "; keys kept: " + o.table().size() + ".");
        h.add("Left out: " + o.nonLatin() + " names not in Latin script (news in English spells them in Latin letters; "
                + "the data give those as aliases where they have them), " + o.oneWord() + " one-word names (a bare "
                + "surname is not a person until the article names them in full), " + o.ambiguous().size()
                + " names given to people of two or more countries (refused: the name alone cannot say who speaks):");
        for (String a : o.ambiguous()) {
            h.add("  " + a);
        }
        h.add("A US name held by people of different parties keeps the country without a party. Licence: "
                + "congress-legislators is CC0; everypolitician-data states no licence at the commit used (see README).");
        return h;
    }

    static boolean isOurs(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith("# " + SIGNATURE);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
