package org.slant.files;

import org.slant.config.ConfigNode;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a path written inside a manifest or a policy may lead: into that file's own folder or one of the
 * run's inputs, unless the user allows any path ({@code --allow-outside-paths}). Without the fence a
 * manifest handed over with a corpus could read {@code ../../.ssh/id_rsa} or {@code /etc/passwd} into a
 * report. Real paths are compared, so a link inside the folder does not lead out of it unnoticed.
 *
 * @param allowOutside the user's explicit permission to read anywhere
 * @param roots        the run's inputs (files and folders as named on the command line)
 */
public record PathFence(boolean allowOutside, List<Path> roots) {

    /** The fence with no inputs: only the file's own folder. */
    public static final PathFence OWN_FOLDER = new PathFence(false, List.of());

    public PathFence {
        roots = List.copyOf(roots);
    }

    /** The fence for a run reading these command-line paths. */
    public static PathFence of(boolean allowOutside, List<String> inputs) {
        return new PathFence(allowOutside, inputs.stream().map(Path::of).toList());
    }

    /**
     * Resolves {@code given} against {@code folder} (the manifest's or policy's own), or throws an error at
     * {@code where} (file:line:column) when it leads outside the folder and the inputs.
     */
    public Path resolve(Path folder, String given, ConfigNode where) {
        Path resolved;
        try {
            resolved = folder.resolve(given).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw where.error("'" + given + "' is not a valid path (" + e.getReason() + ")");
        }
        if (allowOutside) {
            return resolved;
        }
        Path real = RealPaths.of(resolved);
        if (real.startsWith(RealPaths.of(folder))) {
            return resolved;
        }
        for (Path root : roots) {
            if (real.startsWith(RealPaths.of(root))) {
                return resolved;
            }
        }
        throw where.error("'" + given + "' leads outside this file's folder and the inputs; Slant reads only "
                + "files there unless you pass --allow-outside-paths");
    }
}
