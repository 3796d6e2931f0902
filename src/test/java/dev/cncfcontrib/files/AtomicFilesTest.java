package dev.cncfcontrib.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one way files are written (issue 16, finding 2): only regular files are replaced by a rename; a link stays a
 * link, a FIFO or a device is written to, and a write that fails is an error.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReplacedKeepingItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.md"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Object inodeBefore = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        AtomicFiles.write(file, "new");

        assertThat(file).isRegularFile().hasContent("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("a new file renamed into place, not the old one rewritten").isNotEqualTo(inodeBefore);
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aMissingFileAndItsDirectoryAreCreated() throws IOException {
        Path file = dir.resolve("a/b/plan.md");

        AtomicFiles.write(file, "new");

        assertThat(file).isRegularFile().hasContent("new");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplacedInItsOwnDirectory() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path target = Files.writeString(elsewhere.resolve("real.md"), "old");
        Path links = Files.createDirectories(dir.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("plan.md"), Path.of("../elsewhere/real.md"));
        Path linkToLink = Files.createSymbolicLink(links.resolve("again.md"), Path.of("plan.md"));

        AtomicFiles.write(linkToLink, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(target).hasContent("new");
        try (var left = Files.list(links)) {
            assertThat(left).as("nothing written beside the links").containsExactlyInAnyOrder(link, linkToLink);
        }
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("plan.md"), Path.of("made.md"));

        AtomicFiles.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("made.md")).isRegularFile().hasContent("new");
    }

    @Test
    void aFifoIsWrittenToAndStaysAFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        CompletableFuture<byte[]> reader = SpecialFiles.readInBackground(fifo);

        AtomicFiles.write(fifo, "through the pipe\n");

        assertThat(new String(reader.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("through the pipe\n");
        assertThat(SpecialFiles.isOther(fifo)).as("still a FIFO").isTrue();
    }

    @Test
    void aLinkToAFifoIsFollowedToTheFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        Path link = Files.createSymbolicLink(dir.resolve("out"), fifo);
        CompletableFuture<byte[]> reader = SpecialFiles.readInBackground(fifo);

        AtomicFiles.write(link, "via the link\n");

        assertThat(new String(reader.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("via the link\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(SpecialFiles.isOther(fifo)).isTrue();
    }

    @Test
    void aFullDeviceIsAWriteErrorAndIsNotReplaced() throws IOException {
        Path full = SpecialFiles.full();

        assertThatThrownBy(() -> AtomicFiles.write(full, "x".repeat(100_000))).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(FileErrors.reason((IOException) e)).containsIgnoringCase("space"));
        assertThat(SpecialFiles.isOther(full)).as("the device is still a device").isTrue();
    }

    @Test
    void aLinkIntoProcIsWrittenThroughNotFollowedAsAPath() throws Exception {
        // what /dev/stdout and /dev/fd/N are: links into /proc, whose targets ("pipe:[1234]") are not paths
        Path full = SpecialFiles.full();
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/proc/self/root").resolve(full.toString().substring(1)));

        assertThatThrownBy(() -> AtomicFiles.write(link, "x".repeat(100_000))).isInstanceOf(IOException.class);
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(SpecialFiles.isOther(full)).isTrue();
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("plan.md"));

        assertThatThrownBy(() -> AtomicFiles.write(directory, "new")).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(FileErrors.reason((IOException) e)).isEqualTo("is a directory"));
        assertThat(directory).isDirectory();
    }
}
