package dev.sitegen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code check} keeps what it read of a root for the next check (the bytes are {@code load/LoadMemo}'s):
 * {@code check} has no output folder and must never write into the root or the source tree (tests check
 * fixtures under {@code src/test/resources}), so the file is a user-level cache, as the XDG base directories
 * say: {@code $XDG_CACHE_HOME/site-gen/check/}, else {@code ~/.cache/site-gen/check/}, one file per root, named
 * by a digest of the root's real path. The file is only ever replaced in one rename, so a reader sees a whole
 * file, the old one or the new one; two checks of one root at once merely keep the later one's.
 */
public final class CheckCacheFile {

    /** Ten times the shared corpus's cache (about 5 MB) many times over: anything larger was not written by us. */
    static final long MAX_BYTES = 512L << 20;

    private final Path file;

    private CheckCacheFile(Path file) {
        this.file = file;
    }

    /**
     * The cache file of {@code realRoot} under {@code env}'s cache folder ({@code XDG_CACHE_HOME} when it is an
     * absolute path, as XDG says, else {@code home}'s {@code .cache}); empty when there is none or it lies inside
     * the root (also through a link), which check never writes into.
     */
    public static Optional<CheckCacheFile> locate(Map<String, String> env, String home, Path realRoot) {
        Optional<Path> base = Optional.ofNullable(env.get("XDG_CACHE_HOME")).filter(s -> !s.isEmpty()).map(Path::of)
                .filter(Path::isAbsolute)
                .or(() -> Optional.ofNullable(home).filter(s -> !s.isEmpty()).map(h -> Path.of(h, ".cache"))
                        .filter(Path::isAbsolute))
                .map(Path::normalize);
        Path root = realRoot.toAbsolutePath().normalize();
        // every folder on the way is checked as the file system resolves it: site-gen/ or check/ could be links too
        return base.map(b -> b.resolve("site-gen").resolve("check"))
                .filter(folder -> !folder.startsWith(root) && !resolveExisting(folder).startsWith(root))
                .map(folder -> new CheckCacheFile(folder.resolve(nameOf(root) + ".bin")));
    }

    /** {@code path} with its longest existing ancestor replaced by that ancestor's real path. */
    private static Path resolveExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }

    /** A short digest of the root's path: 16 hex digits of its SHA-256. */
    static String nameOf(Path root) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(root.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public Path path() {
        return file;
    }

    /** The file's bytes, or empty when there is none (a link counts as none: the cache is ours, never followed). */
    public Optional<byte[]> readCache() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException("it is " + size + " bytes, more than a cache of this generator holds (" + MAX_BYTES + ")");
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /** Replaces the file with {@code content}, in one rename, creating its folders. */
    public void writeCache(byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        OutputFiles.replaceFile(file, content);
    }
}
