package org.slant.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really leads, for comparing two paths: symbolic links followed, {@code ..} and {@code .}
 * removed. A path that does not exist yet (an output folder to be made, a listed file that is missing) is
 * the real path of its nearest existing ancestor with the rest appended, so that comparisons still see
 * through a linked parent folder.
 */
public final class RealPaths {

    private RealPaths() {
    }

    public static Path of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            return real.resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            // a dangling link or an unreadable folder: compare what is written, which is the best left
            return abs;
        }
    }

    /** Whether {@code inner} is {@code outer} or lies inside it, comparing real paths. */
    public static boolean within(Path inner, Path outer) {
        return of(inner).startsWith(of(outer));
    }
}
