package dev.cncfcontrib.files;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** FIFOs and devices for tests of what the program does with files that are not regular files. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** Makes a named pipe at {@code path} with mkfifo (skips the test where there is none). */
    public static Path fifo(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo works here").isTrue();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is installed").isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return path;
    }

    /** Reads everything written to the FIFO {@code path}, in the background, as its reader. */
    public static CompletableFuture<byte[]> readInBackground(Path path) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(path)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** True when {@code path} is a FIFO, a device or a socket (neither a file, a directory nor a link). */
    public static boolean isOther(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    /** /dev/full, where every write fails with "No space left on device" (skips the test where there is none). */
    public static Path full() {
        Path full = Path.of("/dev/full");
        assumeThat(Files.isWritable(full)).as("/dev/full exists").isTrue();
        return full;
    }
}
