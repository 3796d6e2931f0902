package dev.cncfcontrib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real CNCF landscape file, kept outside the repository (../shared/data/landscape.yml from the project's
 * root, or one level further up from a git worktree). Tests that need it are skipped where it is absent.
 */
public final class RealLandscape {

    /** The landscape commit data/overlay.json and the bundled catalog were made from. */
    public static final String SHA256 = "5642c031bcb9fc9dda330e4863c7dac495510f8c53b49d3edcc2c112cf0f83b0";

    private RealLandscape() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    public static Optional<Path> file() {
        Path root = projectRoot();
        for (Path candidate : new Path[] {root.resolve("../shared/data/landscape.yml"), root.resolve("../../shared/data/landscape.yml")}) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
