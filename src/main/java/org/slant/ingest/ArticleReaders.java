package org.slant.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.text.TextDecoder;
import org.slant.text.UndecodableTextException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
        } catch (IngestException | UndecodableTextException e) {
            return ReadItem.failed(in.display(), e.getMessage());
        } catch (CharacterCodingException e) {
            return ReadItem.failed(in.display(), "cannot decode the text");
        }
    }

    private ReadItem html(InputFile in, String id, byte[] bytes) throws IngestException {
        Document doc;
        try {
            doc = Jsoup.parse(TextDecoder.decode(bytes), "");
        } catch (UndecodableTextException | CharacterCodingException e) {
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
        String unknown = unknownCharset(doc);
        if (unknown != null) {
            throw new IngestException("the page declares charset \"" + unknown + "\", which is not a known charset "
                    + "(convert the page to UTF-8 and declare <meta charset=\"utf-8\">)");
        }
        HtmlText.Result r = HtmlText.extract(doc);
        if (r.text().isBlank()) {
            throw new IngestException("the page has no text");
        }
        return ReadItem.ok(r.article(id, in.display(), doc));
    }

    /**
     * The first charset a {@code <meta>} declares that Java does not know, or null. jsoup falls back to
     * UTF-8 for such a page without a word; a page that names a charset nobody can decode is refused, not
     * read as something it may not be.
     */
    static String unknownCharset(Document doc) {
        for (org.jsoup.nodes.Element m : doc.select("meta[charset], meta[http-equiv]")) {
            String name = m.hasAttr("charset") ? m.attr("charset") : null;
            if (name == null && m.attr("http-equiv").equalsIgnoreCase("content-type")) {
                String content = m.attr("content");
                int at = content.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
                name = at < 0 ? null : content.substring(at + 8).trim().replaceAll("^[\"']", "")
                        .replaceAll("[;\"'\\s].*$", "");
            }
            if (name != null && !known(name.trim())) {
                String shown = name.trim().replaceAll("\\p{Cntrl}", "?");
                return shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
            }
        }
        return null;
    }

    private static boolean known(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private Iterator<ReadItem> jsonl(InputFile in) {
        JsonlLines lines;
        try {
            lines = new JsonlLines(Files.newInputStream(in.path()), maxBytes);
            if (lines.looksBinary()) {
                lines.close();
                String why = "binary file (NUL or control bytes), not JSONL";
                return List.of(ReadItem.failed(in.display(), why)).iterator();
            }
        } catch (IOException e) {
            return List.of(ReadItem.failed(in.display(), ioMessage(e))).iterator();
        }
        String stem = Formats.stem(in.display());
        return new Iterator<>() {
            ReadItem next;
            boolean done;
            boolean any;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    JsonlLines.Line line;
                    try {
                        line = lines.next();
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
                    if (line.error() != null) {
                        any = true;
                        String where = in.display() + ":" + line.number()
                                + (line.column() > 0 ? ":" + line.column() : "");
                        next = ReadItem.failed(where, line.error());
                    } else if (!line.text().isBlank()) {
                        any = true;
                        next = JsonlRecord.read(in.display(), stem, line.number(), line.text());
                    }
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
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * One JSONL line as an article (or an error naming {@code display:lineNo}, with the column where one is
     * known): the reading the command line does, for other runners of the same extractors (the Spark job)
     * to get identical articles.
     */
    public ReadItem jsonLine(String display, String stem, int lineNo, String line) {
        if (line.length() > maxBytes || (line.length() * 3L > maxBytes
                && line.getBytes(StandardCharsets.UTF_8).length > maxBytes)) {
            return ReadItem.failed(display + ":" + lineNo, "line is over the limit of " + maxBytes
                    + " bytes per article (--max-article-size)");
        }
        return JsonlRecord.read(display, stem, lineNo, line);
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
