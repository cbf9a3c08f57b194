package dev.sitegen.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Exclusive use of one output folder, so two builds started at once never interleave their swaps:
 * an OS file lock on {@code <out>.lock} beside the folder (held until {@link #close()} or the
 * process ends, so a killed build never leaves it taken) plus an in-process lock, since the OS
 * lock does not exclude threads of one JVM. The lock file holds the holder's process id and a token
 * of its own; it is opened without following links and deleted when the lock is released. A build
 * that waited on a file its holder deleted finds another token in the file now at that name, and
 * locks that one instead.
 */
public final class OutputLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;

    private static final AtomicLong TOKENS = new AtomicLong();

    private final Path target;
    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private OutputLock(Path target, Semaphore local, FileChannel channel, FileLock lock, String holder) {
        this.target = target;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Takes the lock of {@code target} (an absolute, real path), waiting up to {@code wait} for
     * another build to finish; {@code notice} hears once that it waits. A lock file that is a
     * symbolic link is refused.
     */
    public static OutputLock acquire(Path target, Duration wait, Consumer<String> notice)
            throws PublishException, IOException {
        Path lockFile = lockFileOf(target);
        long deadline = System.nanoTime() + wait.toNanos();
        Waiting waiting = new Waiting(target, lockFile, wait, notice);
        Semaphore local = IN_PROCESS.computeIfAbsent(lockFile, k -> new Semaphore(1));
        if (!local.tryAcquire()) {
            waiting.announce();
            if (!awaitLocal(local, deadline)) {
                throw waiting.timedOut();
            }
        }
        try {
            OutputFiles.createFolders(target.getParent());
            return takeFileLock(target, local, deadline, waiting);
        } catch (IOException | PublishException | RuntimeException e) {
            local.release();
            throw e;
        }
    }

    /** The folder this lock guards. */
    public Path target() {
        return target;
    }

    static Path lockFileOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".lock");
    }

    /** Deletes the lock file, then releases the lock: the file never outlives a build that ended. */
    @Override
    public void close() throws IOException {
        try {
            if (holder.equals(readHolder(lockFileOf(target)))) {
                Files.deleteIfExists(lockFileOf(target));
            }
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                local.release();
            }
        }
    }

    private static boolean awaitLocal(Semaphore local, long deadline) throws IOException {
        try {
            return local.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the output lock", e);
        }
    }

    private static OutputLock takeFileLock(Path target, Semaphore local, long deadline, Waiting waiting)
            throws IOException, PublishException {
        Path lockFile = lockFileOf(target);
        String holder = ProcessHandle.current().pid() + "\n" + TOKENS.incrementAndGet() + "-" + System.nanoTime() + "\n";
        while (true) {
            if (Files.isSymbolicLink(lockFile)) {
                throw new PublishException(lockFile + ": is a symbolic link; site-gen never writes the output's "
                        + "lock file through a link", "remove the link (a checkout can hold links its pull request "
                        + "committed) or pass another --out");
            }
            FileChannel channel = OutputFiles.openLockFile(lockFile);
            boolean locked = false;
            try {
                FileLock lock = lockWithin(channel, deadline, waiting);
                recordHolder(channel, holder);
                // the holder before may have deleted this file after we opened it: then it is no longer
                // the lock file, and the file at its name (if any) is the one to lock
                if (holder.equals(readHolder(lockFile))) {
                    locked = true;
                    return new OutputLock(target, local, channel, lock, holder);
                }
            } finally {
                if (!locked) {
                    channel.close();
                }
            }
        }
    }

    private static FileLock lockWithin(FileChannel channel, long deadline, Waiting waiting)
            throws IOException, PublishException {
        try {
            while (true) {
                Optional<FileLock> lock = tryLock(channel);
                if (lock.isPresent()) {
                    return lock.get();
                }
                if (System.nanoTime() >= deadline) {
                    throw waiting.timedOut();
                }
                waiting.announce();
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the output lock", e);
        }
    }

    /** The lock, or empty while another process (or, to be safe, another channel here) holds it. */
    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            return Optional.empty();
        }
    }

    private static void recordHolder(FileChannel channel, String holder) throws IOException {
        channel.truncate(0);
        ByteBuffer bytes = ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        channel.force(false);
    }

    /** What the lock file at {@code lockFile} holds, read without following a link; empty if none. */
    private static String readHolder(Path lockFile) {
        try (FileChannel in = FileChannel.open(lockFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer bytes = ByteBuffer.allocate(256);
            while (bytes.hasRemaining() && in.read(bytes) > 0) {
                // a lock file is a few bytes
            }
            return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Says once that the build waits, and words the failure when the wait runs out. */
    private static final class Waiting {
        private final Path target;
        private final Path lockFile;
        private final Duration wait;
        private final Consumer<String> notice;
        private boolean announced;

        Waiting(Path target, Path lockFile, Duration wait, Consumer<String> notice) {
            this.target = target;
            this.lockFile = lockFile;
            this.wait = wait;
            this.notice = notice;
        }

        void announce() {
            if (!announced) {
                announced = true;
                notice.accept("waiting up to " + describe(wait) + " for another site-gen build of " + target
                        + " to finish (lock " + lockFile + describeHolder() + ")");
            }
        }

        PublishException timedOut() {
            return new PublishException("another site-gen build still holds " + lockFile + describeHolder()
                    + " after " + describe(wait) + "; " + target + " was left unchanged",
                    "wait for the other build to finish, or build into another --out folder");
        }

        private static String describe(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }

        private String describeHolder() {
            String pid = readHolder(lockFile).lines().findFirst().orElse("").strip();
            return pid.isEmpty() ? "" : ", held by process " + pid;
        }
    }
}
