package org.slant.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.OutletSource;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads input files into articles. Plain text and Markdown are taken as they are; HTML goes through
 * jsoup into one block per paragraph; JSONL gives one article per line and is streamed, so a corpus file
 * of any size is read lazily. Errors name the file (and the line, for JSONL) and never stop a batch.
 */
public final class ArticleReaders {

    /** 10 MiB: a long news article is under 100 KiB; anything this big is not one article. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    /**
     * The JSON mapper for JSONL corpora, made on first use: creating an ObjectMapper costs about 50 ms of
     * class initialisation (date formats, locale data), which a run over text, Markdown or HTML files
     * should not pay (it was a tenth of a one-article `slant check`).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final long maxBytes;

    public ArticleReaders(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The articles (or errors) of one input file, read lazily. */
    public Iterator<ReadItem> read(InputFile in) {
        if (in.format().equals("jsonl")) {
            return jsonl(in);
        }
        return List.of(single(in)).iterator();
    }

    private ReadItem single(InputFile in) {
        byte[] bytes;
        try {
            long size = Files.size(in.path());
            if (size > maxBytes) {
                return ReadItem.failed(in.display(), "file is " + size + " bytes; the limit per article is "
                        + maxBytes + " bytes (--max-article-size)");
            }
            bytes = Files.readAllBytes(in.path());
        } catch (IOException e) {
            return ReadItem.failed(in.display(), ioMessage(e));
        }
        if (bytes.length == 0) {
            return ReadItem.failed(in.display(), "empty file");
        }
        String id = Formats.stem(in.display());
        try {
            if (in.format().equals("html")) {
                return html(in, id, bytes);
            }
            String text = TextDecoder.decode(bytes);
            if (in.format().equals("md")) {
                text = MarkdownComments.blank(text); // not shown to readers, so not analysed; offsets unchanged
            }
            if (text.isBlank()) {
                return ReadItem.failed(in.display(), "no text (the file holds only whitespace)");
            }
            return ReadItem.ok(new Article(id, in.display(), in.format(), ArticleMeta.empty(), text, List.of()));
        } catch (IngestException e) {
            return ReadItem.failed(in.display(), e.getMessage());
        } catch (CharacterCodingException e) {
            return ReadItem.failed(in.display(), "cannot decode the text");
        }
    }

    private ReadItem html(InputFile in, String id, byte[] bytes) throws IngestException {
        Document doc;
        try {
            doc = Jsoup.parse(TextDecoder.decode(bytes), "");
        } catch (IngestException | CharacterCodingException e) {
            if (TextDecoder.looksBinary(bytes)) {
                throw new IngestException("binary file (NUL or control bytes), not an HTML page");
            }
            // documented fallback for HTML only: the charset the page declares in its <meta>
            try (InputStream s = new ByteArrayInputStream(bytes)) {
                doc = Jsoup.parse(s, null, "");
            } catch (IOException io) {
                throw new IngestException("cannot decode the page: " + io.getMessage());
            }
        }
        HtmlText.Result r = HtmlText.extract(doc);
        if (r.text().isBlank()) {
            throw new IngestException("the page has no text");
        }
        ArticleMeta meta = ArticleMeta.empty().withTitle(HtmlText.title(doc));
        return ReadItem.ok(new Article(id, in.display(), "html", meta, r.text(), r.blocks()));
    }

    private Iterator<ReadItem> jsonl(InputFile in) {
        BufferedReader reader;
        try {
            InputStream s = Files.newInputStream(in.path());
            reader = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            return List.of(ReadItem.failed(in.display(), ioMessage(e))).iterator();
        }
        String stem = Formats.stem(in.display());
        return new Iterator<>() {
            int lineNo;
            ReadItem next;
            boolean done;
            boolean any;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (CharacterCodingException e) {
                        next = ReadItem.failed(in.display() + ":" + (lineNo + 1), "invalid UTF-8; the rest of the file is skipped");
                        close();
                        break;
                    } catch (IOException e) {
                        next = ReadItem.failed(in.display(), ioMessage(e));
                        close();
                        break;
                    }
                    if (line == null) {
                        close();
                        if (!any) {
                            next = ReadItem.failed(in.display(), "no articles in the JSONL file");
                        }
                        break;
                    }
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    any = true;
                    next = line(in, stem, lineNo, line);
                }
                return next != null;
            }

            @Override
            public ReadItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReadItem r = next;
                next = null;
                return r;
            }

            private void close() {
                done = true;
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private ReadItem line(InputFile in, String stem, int lineNo, String line) {
        return jsonLine(in.display(), stem, lineNo, line);
    }

    /**
     * One JSONL line as an article (or an error naming {@code display:lineNo}): the reading the command line
     * does, for other runners of the same extractors (the Spark job) to get identical articles.
     */
    public ReadItem jsonLine(String display, String stem, int lineNo, String line) {
        String where = display + ":" + lineNo;
        if (line.length() * 3L > maxBytes && line.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return ReadItem.failed(where, "line is over the limit of " + maxBytes + " bytes per article (--max-article-size)");
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return ReadItem.failed(where, "malformed JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (n == null || !n.isObject()) {
            return ReadItem.failed(where, "expected a JSON object with a \"text\" field");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return ReadItem.failed(where, "no \"text\" (a non-empty string is required)");
        }
        String id = str(n, "id");
        if (id == null) {
            id = stem + "-" + lineNo;
        }
        String outlet = str(n, "outlet");
        ArticleMeta meta = new ArticleMeta(outlet, str(n, "outlet_kind"),
                outlet == null ? OutletSource.UNKNOWN : OutletSource.INPUT, List.of(), str(n, "via"), str(n, "url"),
                str(n, "date"), str(n, "title"));
        String raw = text.asText();
        if (raw.indexOf('\0') >= 0) {
            return ReadItem.failed(where, "the text holds NUL characters (binary data)");
        }
        return ReadItem.ok(new Article(id, where, "jsonl", meta, raw, List.of()));
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.isBlank() ? null : s;
    }

    static String ioMessage(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read (permission denied)";
        }
        String m = e.getMessage();
        return "cannot read (" + (m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ")) + ")";
    }
}
