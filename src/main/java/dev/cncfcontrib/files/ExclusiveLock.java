package dev.cncfcontrib.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a lock file ({@link FileChannel#lock()}), held by one process at a time, for a read, change
 * and write that must not interleave with another run's (two {@code catalog update}s, two wizards saving).
 *
 * <p>The operating system's lock is per process: a second lock on the same file from this JVM would throw
 * {@link java.nio.channels.OverlappingFileLockException}, so threads of one JVM (the shell, tests) queue on a
 * lock of their own first. A lock file that is not a regular file (a FIFO someone put there) is refused: opening a
 * FIFO for writing waits for a reader that never comes.
 */
public final class ExclusiveLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, creating the file when missing; {@code onWait} is told once when another run holds it, before
     * this one waits for it.
     */
    public static ExclusiveLock acquire(Path lockFile, Runnable onWait) throws IOException {
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), path -> new ReentrantLock());
        boolean told = false;
        if (!local.tryLock()) {
            onWait.run();
            told = true;
            local.lock();
        }
        FileChannel channel = null;
        try {
            refuseSpecialFile(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    onWait.run();
                }
                lock = channel.lock();
            }
            return new ExclusiveLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    private static void refuseSpecialFile(Path lockFile) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw new FileSystemException(lockFile.toString(), null, "the lock file is not a regular file; remove it");
            }
        } catch (NoSuchFileException absent) {
            // created below
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
