package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The racy-timestamp guard of the build stamp, as git's index has one: an input whose modification time
 * is not older than the stamp ({@link FileStamp#isRacy}) could be edited again in the same clock tick
 * without its stamp changing, so its content's SHA-256 is kept beside the stamp and the next up-to-date
 * check hashes it again. Only such files are hashed: after the first build of a freshly written tree, none.
 */
final class RacyFiles {

    private RacyFiles() {
    }

    /**
     * The SHA-256 of every racy file of {@code stamps} (paths as in stamps, relative to {@code root}),
     * taking those already in {@code known} (hashed earlier, before loading read them) as they are.
     */
    static SortedMap<String, String> hashRacy(Path root, Map<String, FileStamp> stamps, long stampedAt,
                                              Map<String, String> known) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, FileStamp> e : stamps.entrySet()) {
            if (e.getValue().isRacy(stampedAt)) {
                String hash = known.get(e.getKey());
                out.put(e.getKey(), hash != null ? hash : hashInput(root.resolve(e.getKey())));
            }
        }
        return out;
    }

    /** Whether every file racy against {@code stampedAt} still has the content {@code hashes} recorded. */
    static boolean matchHashes(Path root, Map<String, FileStamp> stamps, long stampedAt, Map<String, String> hashes)
            throws IOException {
        for (Map.Entry<String, FileStamp> e : stamps.entrySet()) {
            if (e.getValue().isRacy(stampedAt)) {
                String recorded = hashes.get(e.getKey());
                if (recorded == null || !recorded.equals(hashInput(root.resolve(e.getKey())))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A regular file's content hash. Nothing else is read: a folder's listing is stamped file by file, and a
     * link's stamp already holds its target's times (reading through it would read outside the input gate, or
     * forever from a device), so a folder, a link and any other kind of file hash to a constant.
     */
    private static String hashInput(Path file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return "missing";
        }
        if (attrs.isDirectory()) {
            return "folder";
        }
        if (!attrs.isRegularFile()) {
            return attrs.isSymbolicLink() ? "link" : "other";
        }
        try {
            return ContentHash.hashFile(file);
        } catch (NoSuchFileException e) {
            return "missing";
        }
    }
}
