package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a file looked like when a build read or wrote it: its size, its modification time in
 * nanoseconds and which file it is (a digest of the file system's key: device and inode), or
 * {@link #MISSING}. Comparing stamps instead of contents is what make and git do: any write moves the
 * time, so a changed file never looks unchanged, and a touched one only costs a rebuild; a file renamed
 * over another (a backup restored with its times) is another file even with the same size and time.
 * The one gap, an edit in the same clock tick as the stamp, is {@link #isRacy}'s.
 */
public record FileStamp(long size, long modifiedNanos, int identity) {

    /** A path that did not exist; its appearance is a change like any other. */
    public static final FileStamp MISSING = new FileStamp(-1, -1, 0);

    /** How far back from a stamp's time a file time is racy: the file system's clock lags the system's. */
    static final long RACY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** The same for a time in whole seconds, which may come from a file system that keeps only seconds (or two). */
    static final long RACY_COARSE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * The stamp of {@code file}, or {@link #MISSING}. A symbolic link counts with what it points at: a
     * build reads the target, so a change of either is a change (their times are added).
     */
    public static FileStamp stampFile(Path file) throws IOException {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        return own.isSymbolicLink() ? stampLink(file, own) : stampOf(own);
    }

    private static FileStamp stampLink(Path link, BasicFileAttributes own) throws IOException {
        try {
            BasicFileAttributes target = Files.readAttributes(link, BasicFileAttributes.class);
            FileStamp t = stampOf(target);
            return new FileStamp(t.size(), t.modifiedNanos() + own.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    31 * t.identity() + identityOf(own));
        } catch (FileSystemException e) {
            // dangling or looping: the link alone
            return stampOf(own);
        }
    }

    static FileStamp stampOf(BasicFileAttributes attributes) {
        return new FileStamp(attributes.isDirectory() ? 0 : attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), identityOf(attributes));
    }

    private static int identityOf(BasicFileAttributes attributes) {
        // null where the file system has no such key: the size and time alone then
        return Objects.hashCode(attributes.fileKey());
    }

    /**
     * Whether this file may have been written again, in the same tick of the file system's clock, after a
     * stamp taken at {@code stampedAtNanos} (system time, taken before the file was stamped): such an
     * edit keeps the time, so a stamp alone cannot vouch for the file, as git's index cannot for a racily
     * clean entry. A missing file has nothing to hash; a link's stamp adds two times, so it always reads as
     * racy, and hashes to a constant ({@code RacyFiles} never reads through a link): a linked input is vouched
     * for by its own and its target's times.
     */
    boolean isRacy(long stampedAtNanos) {
        // fields compared, not equals(): a record's equals is bootstrapped by method handles, costly on this path
        if (size == MISSING.size && modifiedNanos == MISSING.modifiedNanos) {
            return false;
        }
        long window = modifiedNanos % TimeUnit.SECONDS.toNanos(1) == 0 ? RACY_COARSE_NANOS : RACY_NANOS;
        return modifiedNanos >= stampedAtNanos - window;
    }
}
