package org.slant.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the policy in force the way Vale finds its configuration: from the working folder upwards, the
 * first folder holding {@code .slant.yaml} (or {@code .slant.yml}, {@code .slant.json}) or
 * {@code .slant/policy.yaml} (or {@code .yml}, {@code .json}) gives it. A team commits the file at the root
 * of its repository and every run below it, in CI or at a desk, applies the same policy without
 * {@code --policy}. Nothing found means the default policy.
 */
public final class PolicyDiscovery {

    /** The names looked for in each folder, in this order (the first one present wins). */
    public static final List<String> NAMES = List.of(".slant.yaml", ".slant.yml", ".slant.json",
            ".slant/policy.yaml", ".slant/policy.yml", ".slant/policy.json");

    private PolicyDiscovery() {
    }

    /** The policy file for a run started in {@code workingDir}, if any folder from it upwards has one. */
    public static Optional<Path> find(Path workingDir) {
        for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : NAMES) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
