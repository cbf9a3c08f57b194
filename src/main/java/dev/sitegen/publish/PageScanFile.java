package dev.sitegen.publish;

import dev.sitegen.codec.MemoryTier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The page scans of an output (link verification's anchors and links of each page, opaque bytes here),
 * kept beside it as {@code .site-gen/<output name>/page-scans.bin} so a build that re-uses a page does
 * not read and scan it again. Spooled to disk while the build runs, never all held in memory: each
 * scan is appended to {@code page-scans.spool} as it comes; when the output commits, an index of every
 * page's offset and SHA-256 (from the manifest) is appended and the spool renamed over the file.
 * Format: a header line with the format and the key's digest, the scans, the index
 * ({@code count}, then per page its path, SHA-256, offset and length), then the index's offset.
 * A previous file is read only when the render cache is trusted, and a scan is handed out only for the
 * page bytes it was taken from; a file of another format or key, or one that does not parse, is
 * ignored with an {@code info:} line.
 */
public final class PageScanFile implements AutoCloseable {

    static final String NAME = "page-scans.bin";
    static final String SPOOL = "page-scans.spool";
    static final int FORMAT = 1;
    private static final int SHA_LENGTH = 64;

    private record Entry(String sha256, long offset, int length) {
    }

    private final Optional<FileChannel> previous;
    private final Map<String, Entry> previousIndex;
    private final Path dir;
    private final FileChannel spool;
    private final Map<String, Entry> written = new HashMap<>();
    private long spoolEnd;
    private boolean committed;
    /** What verification recorded from the previous file's scans, as a long-lived process kept it (MemoryTier). */
    private Optional<Object> kept = Optional.empty();
    private Optional<Object> nextKept = Optional.empty();

    private PageScanFile(Optional<FileChannel> previous, Map<String, Entry> previousIndex, Path dir, FileChannel spool,
                         long spoolEnd) {
        this.previous = previous;
        this.previousIndex = previousIndex;
        this.dir = dir;
        this.spool = spool;
        this.spoolEnd = spoolEnd;
    }

    /**
     * Opens the scans of the output at {@code target} for a build with {@code key}: the previous file's
     * when {@code readPrevious} (the render cache is trusted) and it can be read, else none; and a new
     * spool for this build's.
     */
    static PageScanFile open(Path target, String key, boolean readPrevious, Consumer<String> info) throws IOException {
        Path dir = OutputFiles.createFoldersBelow(target.getParent(), OutputMarker.DIR, target.getFileName().toString());
        Optional<FileChannel> previous = Optional.empty();
        Map<String, Entry> index = Map.of();
        Optional<Object> kept = Optional.empty();
        Path file = dir.resolve(NAME);
        if (readPrevious && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            try {
                index = readIndex(channel, header(key).length, key);
                previous = Optional.of(channel);
                // its entries are keyed by page path and SHA-256, so they hold whatever file they were kept beside
                kept = MemoryTier.findKept(file, Object.class);
            } catch (IOException | RuntimeException e) {
                channel.close();
                index = Map.of();
                kept = Optional.empty();
                info.accept("info: the page scans " + NAME + " cannot be used (" + e.getMessage()
                        + "); ignored, re-used pages are scanned again");
            }
        }
        FileChannel spool = OutputFiles.createSpoolFile(dir.resolve(SPOOL));
        byte[] header = header(key);
        writeFully(spool, header, 0);
        PageScanFile scans = new PageScanFile(previous, index, dir, spool, header.length);
        scans.kept = kept;
        return scans;
    }

    /** The scan the previous build kept for {@code path} when the page had {@code sha256}. */
    public Optional<byte[]> findScan(String path, String sha256) {
        Entry entry = previousIndex.get(path);
        if (entry == null || !entry.sha256().equals(sha256) || previous.isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate(entry.length());
        try {
            long at = entry.offset();
            while (buffer.hasRemaining()) {
                int n = previous.get().read(buffer, at);
                if (n < 0) {
                    return Optional.empty();
                }
                at += n;
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(buffer.array());
    }

    /** What verification recorded from the previous file's scans, kept by a long-lived process; else empty. */
    public Optional<Object> findKept() {
        return kept;
    }

    /** Keeps {@code value} (immutable) in a long-lived process beside the file this build commits. */
    public synchronized void keepDecoded(Object value) {
        nextKept = Optional.of(value);
    }

    /** Appends this build's scan of {@code path} to the spool. */
    public synchronized void keepScan(String path, byte[] scan) {
        try {
            writeFully(spool, scan, spoolEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("spooling page scans to " + dir.resolve(SPOOL), e);
        }
        written.put(path, new Entry("", spoolEnd, scan.length));
        spoolEnd += scan.length;
    }

    /**
     * Appends the index (each page's SHA-256 from {@code sha256Of}, the committed manifest's; pages it
     * does not know are left out) and renames the spool over the file.
     */
    synchronized void commit(Function<String, Optional<String>> sha256Of) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(written.size() * 128 + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Map<String, String> shas = new TreeMap<>();
            written.keySet().forEach(path -> sha256Of.apply(path).filter(sha -> sha.length() == SHA_LENGTH)
                    .ifPresent(sha -> shas.put(path, sha)));
            out.writeInt(shas.size());
            for (Map.Entry<String, String> e : shas.entrySet()) {
                Entry entry = written.get(e.getKey());
                byte[] path = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(path.length);
                out.write(path);
                out.write(e.getValue().getBytes(StandardCharsets.US_ASCII));
                out.writeLong(entry.offset());
                out.writeInt(entry.length());
            }
            out.writeLong(spoolEnd);
        }
        writeFully(spool, bytes.toByteArray(), spoolEnd);
        spool.close();
        OutputFiles.moveOver(dir.resolve(SPOOL), dir.resolve(NAME));
        committed = true;
        if (nextKept.isPresent()) {
            MemoryTier.keep(dir.resolve(NAME), Optional.empty(), nextKept.get());
        } else {
            MemoryTier.forget(dir.resolve(NAME));
        }
    }

    /** Closes the files; without a commit the spool is deleted. */
    @Override
    public synchronized void close() throws IOException {
        if (previous.isPresent()) {
            previous.get().close();
        }
        spool.close();
        if (!committed) {
            Files.deleteIfExists(dir.resolve(SPOOL));
        }
    }

    private static byte[] header(String key) {
        return ("site-gen page scans " + FORMAT + " " + ContentHash.hashBytes(key.getBytes(StandardCharsets.UTF_8))
                + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static Map<String, Entry> readIndex(FileChannel channel, int headerLength, String key) throws IOException {
        long size = channel.size();
        if (size < headerLength + 12L) {
            throw new IOException("too short");
        }
        if (!ByteBuffer.wrap(header(key)).equals(ByteBuffer.wrap(readAt(channel, 0, headerLength)))) {
            throw new IOException("written by another site-gen version or with other options");
        }
        long indexAt = ByteBuffer.wrap(readAt(channel, size - 8, 8)).getLong();
        if (indexAt < headerLength || indexAt > size - 12) {
            throw new IOException("bad index offset");
        }
        byte[] index = readAt(channel, indexAt, (int) Math.min(Integer.MAX_VALUE - 8, size - 8 - indexAt));
        Map<String, Entry> out = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(index))) {
            int count = in.readInt();
            if (count < 0 || count > index.length) {
                throw new IOException("bad count");
            }
            for (int i = 0; i < count; i++) {
                int pathLength = in.readInt();
                if (pathLength < 0 || pathLength > index.length) {
                    throw new IOException("bad path length");
                }
                String path = new String(in.readNBytes(pathLength), StandardCharsets.UTF_8);
                String sha = new String(in.readNBytes(SHA_LENGTH), StandardCharsets.US_ASCII);
                long offset = in.readLong();
                int length = in.readInt();
                if (offset < headerLength || length < 0 || offset + length > indexAt) {
                    throw new IOException("bad entry for " + path);
                }
                out.put(path, new Entry(sha, offset, length));
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes in the index");
            }
        }
        return out;
    }

    private static byte[] readAt(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = at;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("truncated");
            }
            position += n;
        }
        return buffer.array();
    }

    private static void writeFully(FileChannel channel, byte[] bytes, long at) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = at;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }
}
