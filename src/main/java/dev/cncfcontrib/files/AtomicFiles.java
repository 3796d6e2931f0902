package dev.cncfcontrib.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way this program writes a file, whatever is at the path:
 * <ul>
 * <li>a regular file (or nothing) is replaced atomically, so that a reader sees the old content or the new, never
 * half of it: a temporary file in the same directory, flushed and synced, then renamed over the target;</li>
 * <li>a symbolic link is followed, and its target replaced that way in the target's own directory: the link
 * stays a link;</li>
 * <li>anything else (a FIFO, a device such as {@code /dev/full}, {@code /dev/stdout}, a process substitution
 * {@code /dev/fd/63}) is written to as a stream, never renamed over: renaming would replace the device or the
 * pipe and leave its reader with nothing.</li>
 * </ul>
 * Every write error (a full disk, {@code /dev/full}) is an {@link IOException}: callers never report success for
 * output that was not written.
 */
public final class AtomicFiles {

    /** Links followed before giving up, as the kernel does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Replaces {@code target} with {@code content}, creating its directory when missing. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /**
     * Replaces {@code target} atomically for readers, but without waiting for the disk: for a cache, which a power cut
     * may cost but never corrupts into half a file that reads as valid, and whose writer should not wait for two
     * syncs.
     */
    public static void writeUnsynced(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // a name unique to this process and moment, and the permissions a new file gets: Files.createTempFile seeds a
        // SecureRandom, and setting permissions asks the file store, which reads the mount table: both slow at start-up
        Path temporary = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code text} and, where the file system has POSIX permissions, makes it executable ({@code rwxr-xr-x}). */
    public static void writeExecutable(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private static void write(Path target, byte[] content, boolean executable) throws IOException {
        Path resolved = followLinks(target);
        if (resolved == null) {
            // a link into /proc (/dev/stdout, /dev/fd/N): only the kernel knows where it leads
            stream(target, content);
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(resolved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            replace(resolved, content, executable);
            return;
        }
        if (attributes.isRegularFile()) {
            replace(resolved, content, executable);
        } else if (attributes.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        } else {
            stream(resolved, content);
        }
    }

    /**
     * Where {@code path} leads once its symbolic links are followed (the last one may be dangling: it names the
     * file to create); null when a link leads into {@code /proc}, whose links are the kernel's, not paths.
     */
    public static Path followLinks(Path path) throws IOException {
        Path current = path.toAbsolutePath();
        for (int hops = 0; ; hops++) {
            Path parent = current.getParent();
            if (parent != null) {
                try {
                    // the directories on the way may be links too: /dev/fd is /proc/self/fd
                    current = parent.toRealPath().resolve(current.getFileName());
                } catch (NoSuchFileException missing) {
                    return current; // a directory still to be created: nothing there to follow
                }
            }
            if (current.startsWith("/proc")) {
                return null;
            }
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
    }

    /** Writes to what is there, as {@code >>} would: a FIFO, a terminal, a device, or a file behind /dev/stdout. */
    private static void stream(Path target, byte[] content) throws IOException {
        // APPEND: through /dev/stdout a file the shell opened with >> must keep what it holds
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(content);
            out.flush();
        }
    }

    private static void replace(Path target, byte[] content, boolean executable) throws IOException {
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                // temporary files are created private (rw-------); the result should look like any file written
                // in place: the permissions it had, or the usual ones
                Files.setPosixFilePermissions(temporary, Files.exists(target) && !executable
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems (a few network mounts) cannot rename atomically; a plain replace is the best left
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes a rename durable: without it a power cut can bring back the old directory entry. */
    public static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory; the data itself is already synced
        }
    }
}
