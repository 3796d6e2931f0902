package dev.cncfcontrib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real CNCF landscape file, kept outside the repository: {@code $CNCF_CONTRIB_LANDSCAPE} (which .ci/run sets
 * when it finds the file beside the clone or beside the repository it was cloned from), else
 * ../shared/data/landscape.yml from the project's root, or one level further up from a git worktree. Tests that
 * need it are skipped where it is absent; a file with other bytes than the pinned ones fails them, since every
 * comparison with it would then be meaningless.
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
        String named = System.getenv("CNCF_CONTRIB_LANDSCAPE");
        for (Path candidate : new Path[] {named == null || named.isBlank() ? null : Path.of(named),
                root.resolve("../shared/data/landscape.yml"), root.resolve("../../shared/data/landscape.yml")}) {
            if (candidate != null && Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** The file's SHA-256, to compare with {@link #SHA256}. */
    public static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
