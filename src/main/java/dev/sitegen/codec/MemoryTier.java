package dev.sitegen.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The caches' files kept decoded in memory, for a long-lived process that runs many commands (a background
 * process serving command lines): after a command reads or writes a cache file, the value it decoded from (or
 * encoded into) the file is kept under the file's path and its stamp taken right after; the next command is
 * given that value only while the file still has that stamp, else it reads and decodes the file as every
 * command does. Off unless {@link #enable()} was called: a normal run and {@code serve} keep nothing, so their
 * memory does not grow. Values must be immutable (each stage keeps its own caches' values so). At most
 * {@link #MAX_FILES} files are kept, the least recently used dropped first, so a process serving many roots
 * does not grow without limit.
 *
 * <p>The stamp is the file's size, modification and change times and identity (device and inode), read without
 * following a link: any rewrite, by this process or another, moves the change time or the inode (a copy, a
 * checkout or {@code touch -r} cannot set a change time back), so a file rewritten elsewhere is decoded again.
 */
public final class MemoryTier {

    /**
     * A kept corpus memo holds about 35 MB of heap: the load caches of two outputs or checked roots (a build's
     * and check's of one root, say), not one per preview folder a CI script makes.
     */
    static final int MAX_FILES = 4;

    private record Kept(String stamp, Object value) {
    }

    private static volatile boolean enabled;
    private static final Map<Path, Kept> KEPT = new LinkedHashMap<>(32, 0.75f, true);
    private static final AtomicInteger REUSED = new AtomicInteger();

    private MemoryTier() {
    }

    /** Keeps decoded cache files from now on (the long-lived process calls this once, before any command). */
    public static void enable() {
        enabled = true;
    }

    /** Keeps nothing from now on and drops what is kept (tests). */
    public static void disable() {
        enabled = false;
        synchronized (KEPT) {
            KEPT.clear();
        }
    }

    public static boolean isEnabled() {
        return enabled;
    }

    /** How many files' values are kept now (tests). */
    static int countKept() {
        synchronized (KEPT) {
            return KEPT.size();
        }
    }

    /** How many times a kept value was given out instead of a file decoded (tests observe re-use by it). */
    public static int countReused() {
        return REUSED.get();
    }

    /**
     * The value kept for {@code file} when it is of {@code kind} and the file still has the stamp it had when
     * the value was kept; empty when the tier is off, nothing is kept, or the file changed (then it is dropped).
     */
    public static <T> Optional<T> findKept(Path file, Class<T> kind) {
        if (!enabled) {
            return Optional.empty();
        }
        Path key = file.toAbsolutePath().normalize();
        Kept kept;
        synchronized (KEPT) {
            kept = KEPT.get(key);
        }
        if (kept == null || !kind.isInstance(kept.value())) {
            return Optional.empty();
        }
        Optional<String> now = stampOf(key);
        if (now.isEmpty() || !now.get().equals(kept.stamp())) {
            forget(key);
            return Optional.empty();
        }
        REUSED.incrementAndGet();
        return Optional.of(kind.cast(kept.value()));
    }

    /**
     * Keeps {@code value} for {@code file} under the stamp the file has now: call right after writing the file
     * from the value, or after decoding it from bytes read under {@code stampBefore} (then nothing is kept when
     * the file changed while it was read). Does nothing when the tier is off.
     */
    public static void keep(Path file, Optional<String> stampBefore, Object value) {
        if (!enabled) {
            return;
        }
        Objects.requireNonNull(value);
        Path key = file.toAbsolutePath().normalize();
        Optional<String> now = stampOf(key);
        if (now.isEmpty() || stampBefore.filter(s -> !s.equals(now.get())).isPresent()) {
            forget(key);
            return;
        }
        synchronized (KEPT) {
            // files deleted since (a removed output, a temporary preview) free their values at once
            KEPT.keySet().removeIf(kept -> Files.notExists(kept, LinkOption.NOFOLLOW_LINKS));
            KEPT.put(key, new Kept(now.get(), value));
            while (KEPT.size() > MAX_FILES) {
                KEPT.remove(KEPT.keySet().iterator().next());
            }
        }
    }

    /** Drops what is kept for {@code file} (a command that wrote it without a value to keep, a failed write). */
    public static void forget(Path file) {
        if (!enabled) {
            return;
        }
        synchronized (KEPT) {
            KEPT.remove(file.toAbsolutePath().normalize());
        }
    }

    /** The file's stamp now, to pass to {@link #keep} after reading it; empty when the tier is off or it is no file. */
    public static Optional<String> stampBeforeRead(Path file) {
        return enabled ? stampOf(file.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** Size, modification and change times (nanoseconds), device and inode of a regular file, not followed. */
    static Optional<String> stampOf(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile",
                    LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                return Optional.empty();
            }
            return Optional.of(a.get("size") + " " + nanos(a.get("lastModifiedTime")) + " " + nanos(a.get("ctime"))
                    + " " + a.get("dev") + " " + a.get("ino"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no such file, or no unix view: nothing is kept, every command decodes the file
            return Optional.empty();
        }
    }

    private static String nanos(Object time) {
        return String.valueOf(((java.nio.file.attribute.FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }
}
