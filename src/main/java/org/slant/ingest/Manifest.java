package org.slant.ingest;

import org.slant.config.ConfigException;
import org.slant.config.ConfigNode;
import org.slant.config.ConfigReader;
import org.slant.files.PathFence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Metadata for a set of articles, from {@code manifest.json} or {@code manifest.yaml}:
 * <pre>
 * {"description": "...", "articles": [{"id": "...", "file": "a.txt", "outlet": "...", "outlet_kind": "...",
 *   "via": "...", "url": "...", "date": "2024-04-04", "title": "...", "notes": "..."}]}
 * </pre>
 * {@code file} is relative to the manifest's folder. Unknown or duplicate keys, a value of the wrong type
 * (every field is text) and anything but a mapping at the top are errors with file:line:column.
 */
public final class Manifest {

    public static final List<String> FILE_NAMES = List.of("manifest.json", "manifest.yaml", "manifest.yml");
    private static final Set<String> TOP = Set.of("description", "event", "articles");
    private static final Set<String> FIELDS = Set.of("id", "file", "outlet", "outlet_kind", "via", "url", "date",
            "title", "notes");

    /** One article's metadata. */
    public record Entry(String id, String file, String outlet, String outletKind, String via, String url,
                        String date, String title, String notes, Path resolved) {
    }

    private final String display;
    private final List<Entry> entries;
    private final Map<Path, Entry> byPath = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

    private Manifest(String display, List<Entry> entries) {
        this.display = display;
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            if (e.resolved() != null) {
                byPath.put(normal(e.resolved()), e);
            }
            if (e.id() != null) {
                byId.put(e.id(), e);
            }
        }
    }

    public static Manifest read(Path path, String display) {
        return read(path, display, PathFence.OWN_FOLDER);
    }

    /** Reads a manifest whose {@code file} paths must stay inside its folder or the inputs the fence knows. */
    public static Manifest read(Path path, String display, PathFence fence) {
        ConfigNode root = ConfigReader.read(path, display);
        if (!root.isMap()) {
            throw root.error("a manifest is a mapping with \"articles\" (a list of articles); found "
                    + root.describe());
        }
        root.onlyKeys(TOP);
        root.text("description");
        root.text("event");
        List<ConfigNode> items = root.require("articles").asList();
        Path dir = path.toAbsolutePath().getParent();
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (ConfigNode n : items) {
            if (!n.isMap()) {
                throw n.error("an article is a mapping with id, file, outlet, ...; found " + n.describe());
            }
            n.onlyKeys(FIELDS);
            String file = n.text("file");
            String id = n.text("id");
            if (id == null) {
                id = file == null ? null : Formats.stem(file);
            }
            if (id == null) {
                throw n.error("an article needs an id or a file");
            }
            if (!ids.add(id)) {
                throw n.error("duplicate article id '" + id + "'");
            }
            Path resolved = file == null ? null : fence.resolve(dir, file, n.get("file").orElse(n));
            entries.add(new Entry(id, file, n.text("outlet"), n.text("outlet_kind"), n.text("via"), n.text("url"),
                    n.text("date"), n.text("title"), n.text("notes"), resolved));
        }
        return new Manifest(display, entries);
    }

    /** Reads a manifest and turns its errors into one-line messages that keep their file:line:column. */
    public static Manifest readOrThrow(Path path, String display, PathFence fence) throws IngestException {
        try {
            return read(path, display, fence);
        } catch (ConfigException e) {
            throw e.where() == null ? new IngestException(e.getMessage()) : new IngestException(e.where(), e.reason());
        }
    }

    public String display() {
        return display;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry for an input file (by path), or for an article id. */
    public Optional<Entry> find(Path file, String id) {
        if (file != null) {
            Entry e = byPath.get(normal(file));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
