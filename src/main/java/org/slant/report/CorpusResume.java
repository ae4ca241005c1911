package org.slant.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slant.report.csv.CsvTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a resumed {@link CorpusWriter} keeps of a previous run's folder: every file cut after its last whole
 * line, the articles of {@code articles.jsonl} and {@code errors.jsonl} taken as done, and the CSV rows of
 * articles that never reached {@code articles.jsonl} dropped (the JSONL line is the commit mark).
 */
final class CorpusResume {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusResume() {
    }

    /**
     * Prepares {@code dir} for a resumed run: fills {@code done} with the inputs a previous run finished and
     * {@code recordedErrors} with how often each line is already in {@code errors.jsonl}.
     */
    static void keepFinished(Path dir, Set<String> done, Map<String, Integer> recordedErrors) throws IOException {
        Set<String> doneIds = new HashSet<>();
        for (String name : List.of("articles.jsonl", "errors.jsonl", "findings.csv", "metrics.csv")) {
            cutPartialLine(dir.resolve(name));
        }
        readDone(dir.resolve("articles.jsonl"), done, doneIds, null);
        readDone(dir.resolve("errors.jsonl"), done, null, recordedErrors);
        keepRowsOf(dir.resolve("findings.csv"), doneIds, CorpusWriter.FINDING_COLUMNS.size());
        keepRowsOf(dir.resolve("metrics.csv"), doneIds, CorpusWriter.METRIC_COLUMNS.size());
    }

    /** Cuts the file after its last newline: a run killed mid-write leaves at most one partial line. */
    static void cutPartialLine(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            while (keep > 0) {
                b.clear();
                ch.read(b, keep - 1);
                if (b.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                ch.truncate(keep);
            }
        }
    }

    private static void readDone(Path p, Set<String> files, Set<String> ids, Map<String, Integer> lines)
            throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                files.add(n.path("file").asText());
                if (ids != null) {
                    ids.add(n.path("id").asText());
                }
                if (lines != null) {
                    lines.merge(line, 1, Integer::sum);
                }
            }
        }
    }

    /** Rewrites a CSV keeping the header and the rows of finished articles (first column). */
    private static void keepRowsOf(Path p, Set<String> ids, int columns) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        try (var it = mapper.readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(p.toFile());
             OutputStream out = Files.newOutputStream(tmp)) {
            boolean header = true;
            while (it.hasNext()) {
                List<String> row = it.next();
                if (header || row.size() == columns && ids.contains(row.get(0))) {
                    out.write(CsvTable.rawLine(row).getBytes(StandardCharsets.UTF_8));
                }
                header = false;
            }
        }
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
