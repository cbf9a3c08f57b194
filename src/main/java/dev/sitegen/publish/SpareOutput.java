package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output a stamped build replaced, kept in {@code .site-gen/<out name>/previous-output/} to be the next
 * build's staging folder instead of being deleted. Why: on ext4 (and most file systems) deleting and creating
 * a site's ~1,400 folders costs seconds of waiting per build (measured: 2.3 s to delete them, 0.5 s to
 * create them, on this project's machines), while its ~3,900 file names cost little; a recycled folder keeps
 * its folders. Its files are never written through: each staged file deletes the name first (as into a new
 * folder), and whatever this build did not stage ({@link #removeLeftovers}) is deleted before the manifest,
 * the stamp and the swap, so the committed output holds exactly the staged files. An adopted folder is
 * walked once without following links: a link or anything but a plain file or folder in it (planted, since
 * site-gen never makes one) is deleted before anything is staged.
 */
final class SpareOutput {

    static final String NAME = "previous-output";

    private final Set<String> leftovers;
    private final Set<String> folders;

    private SpareOutput(Set<String> leftovers, Set<String> folders) {
        this.leftovers = leftovers;
        this.folders = folders;
    }

    /** Where the build of {@code target} keeps the output it replaced (inside its stamp folder). */
    static Path spareOf(Path target) {
        return BuildStamp.stampDir(target).resolve(NAME);
    }

    /**
     * Creates {@code staging} (which must not exist): the spare of {@code target} renamed to it when there is
     * one of ours (marked, reached through no link), else a new empty folder.
     */
    static SpareOutput createStaging(Path target, Path staging) throws IOException {
        Path spare = spareOf(target);
        boolean plain = Files.isDirectory(target.resolveSibling(OutputMarker.DIR), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(spare.getParent(), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) && OutputMarker.isMarked(spare)
                && !ignoresCase(spare.getParent());
        if (plain) {
            SiteFolders.moveFolder(spare, staging);
            try {
                return adopt(staging);
            } catch (IOException e) {
                // not one we can tidy: start from an empty folder, as without a spare
                SiteFolders.deleteOurFolder(staging);
            }
        }
        Files.createDirectory(staging);
        return new SpareOutput(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
    }

    /**
     * True on a file system that does not tell names apart by case (the folder is found under its name upper-cased):
     * there a page renamed only in case would be staged under the adopted file's old name and then deleted as a
     * leftover, so nothing is recycled.
     */
    static boolean ignoresCase(Path existing) {
        Path name = existing.getFileName();
        String upper = name.toString().toUpperCase(Locale.ROOT);
        return !upper.equals(name.toString()) && Files.exists(existing.resolveSibling(upper), LinkOption.NOFOLLOW_LINKS);
    }

    private static SpareOutput adopt(Path staging) throws IOException {
        Set<String> files = ConcurrentHashMap.newKeySet();
        Set<String> folders = ConcurrentHashMap.newKeySet();
        int prefix = staging.toString().length() + 1;
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(staging)) {
                    folders.add(sitePath(d, prefix));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    files.add(sitePath(file, prefix));
                } else {
                    // a link or a device: never followed, never kept
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new SpareOutput(files, folders);
    }

    private static String sitePath(Path p, int prefix) {
        return p.toString().substring(prefix).replace('\\', '/');
    }

    /**
     * Makes way for staging {@code path}: it is no leftover; an adopted file where a folder on its way now is
     * deleted, and so is an adopted folder (with what is in it) where the file now is. Synchronized: two workers
     * staging into one adopted file's path must not see it half cleared (one unlisted it, the other finds it still there).
     */
    synchronized void clearWay(Path staging, String path) throws IOException {
        if (leftovers.isEmpty() && folders.isEmpty()) {
            return;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            if (leftovers.remove(folder)) {
                Files.deleteIfExists(staging.resolve(folder));
            }
        }
        leftovers.remove(path);
        if (folders.remove(path)) {
            String inside = path + "/";
            leftovers.removeIf(f -> f.startsWith(inside));
            folders.removeIf(f -> f.startsWith(inside));
            SiteFolders.deleteTree(staging.resolve(path));
        }
    }

    /**
     * True when the adopted file at {@code path} is {@code previous} itself (a hard link to the same file: the
     * output before last shares every unchanged file with the last), so staging it again would delete and
     * re-create the same link; it is then no leftover. Anything else (no such file, another file) is false.
     */
    boolean keepsLinkTo(Path staging, String path, Path previous) {
        if (!leftovers.contains(path)) {
            return false;
        }
        try {
            BasicFileAttributes adopted = Files.readAttributes(staging.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            BasicFileAttributes replaced = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object key = adopted.fileKey();
            if (adopted.isRegularFile() && replaced.isRegularFile() && key != null && key.equals(replaced.fileKey())) {
                return leftovers.remove(path);
            }
        } catch (IOException e) {
            // gone or unreadable: staged as any other file
        }
        return false;
    }

    /**
     * Deletes from {@code staging} the adopted files that were not staged again, then the adopted folders
     * none of {@code staged} (site paths, the reserved ones included) lies in.
     */
    void removeLeftovers(Path staging, Collection<String> staged) throws IOException {
        for (String path : leftovers.stream().sorted().toList()) {
            Files.deleteIfExists(staging.resolve(path));
        }
        leftovers.clear();
        Set<String> needed = new HashSet<>();
        for (String path : staged) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!needed.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
        // deepest first: a folder's sub-folders sort after it
        for (String folder : folders.stream().sorted(Comparator.reverseOrder()).toList()) {
            if (!needed.contains(folder)) {
                Files.deleteIfExists(staging.resolve(folder));
            }
        }
        folders.clear();
    }

    /**
     * Keeps {@code old} (the output just replaced, with its marker) as the spare of {@code target} when its
     * stamp folder is there to hold it; false when it could not, and the caller deletes it.
     */
    static boolean keepReplaced(Path old, Path target) {
        Path spare = spareOf(target);
        try {
            if (!Files.isDirectory(target.resolveSibling(OutputMarker.DIR), LinkOption.NOFOLLOW_LINKS)
                    || !Files.isDirectory(spare.getParent(), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(spare, LinkOption.NOFOLLOW_LINKS) || ignoresCase(spare.getParent())) {
                return false;
            }
            SiteFolders.moveFolder(old, spare);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
