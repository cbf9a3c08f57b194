package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a file looked like when a build read or wrote it: its size and modification time in
 * nanoseconds, or {@link #MISSING}. Comparing stamps instead of contents is what make and git do:
 * any write moves the time, so a changed file never looks unchanged, and a touched one only costs a
 * rebuild.
 */
public record FileStamp(long size, long modifiedNanos) {

    /** A path that did not exist; its appearance is a change like any other. */
    public static final FileStamp MISSING = new FileStamp(-1, -1);

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
            return new FileStamp(t.size(), t.modifiedNanos() + own.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (FileSystemException e) {
            // dangling or looping: the link alone
            return stampOf(own);
        }
    }

    static FileStamp stampOf(BasicFileAttributes attributes) {
        return new FileStamp(attributes.isDirectory() ? 0 : attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** {@code size:nanos}, the form the build stamp file keeps. */
    String toText() {
        return size + ":" + modifiedNanos;
    }
}
